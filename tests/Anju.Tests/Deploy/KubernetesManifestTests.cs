using static Anju.Tests.Deploy.Manifests;

namespace Anju.Tests.Deploy;

/// <summary>deploy/k8s, parsed (no Kubernetes runs here): the silos carry what Orleans' Kubernetes hosting reads (pod
/// labels, POD_* and ORLEANS_* environment, a service account allowed to read, watch, label and delete pods), both
/// hosts probe /health/ready and /health/live, and connection strings come only from the Secret anju-db.</summary>
public class KubernetesManifestTests
{
    private static readonly Manifests All = Manifests.Load();

    [Fact]
    public void Every_document_names_its_kind_and_the_kustomization_lists_every_file()
    {
        Assert.NotEmpty(All.Documents);
        foreach (var (file, doc) in All.Documents)
        {
            Assert.False(string.IsNullOrEmpty(Str(doc, "apiVersion")), $"{file}: no apiVersion");
            Assert.False(string.IsNullOrEmpty(Str(doc, "kind")), $"{file}: no kind");
            if (Str(doc, "kind") != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(Str(doc, "metadata", "name")), $"{file}: no metadata.name");
            }
        }

        var listed = List(Assert.Single(All.OfKind("Kustomization")), "resources").Cast<string>().ToHashSet(StringComparer.Ordinal);
        var files = All.Documents.Select(d => d.File).Where(f => f != "kustomization.yaml").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(files.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Silo_pods_carry_the_labels_and_environment_Orleans_Kubernetes_hosting_reads()
    {
        var config = Map(All.One("ConfigMap", "anju-config"), "data");
        var silo = All.One("Deployment", "anju-silo");
        var labels = Map(silo, "spec", "template", "metadata", "labels");
        Assert.Equal(Str(config, "Orleans__ServiceId"), Str(labels, "orleans/serviceId"));
        Assert.Equal(Str(config, "Orleans__ClusterId"), Str(labels, "orleans/clusterId"));
        Assert.True(int.Parse(Str(silo, "spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2, "N silos: at least two");
        Assert.Equal("0", Str(silo, "spec", "strategy", "rollingUpdate", "maxUnavailable"));

        var container = Container(silo);
        var env = Env(container);
        Assert.Equal("true", Str(env["Orleans__Kubernetes"], "value"));
        Assert.Equal("false", Str(env["Database__Migrate"], "value"));
        Assert.Equal("metadata.name", Str(env["POD_NAME"], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.namespace", Str(env["POD_NAMESPACE"], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("status.podIP", Str(env["POD_IP"], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.labels['orleans/serviceId']", Str(env["ORLEANS_SERVICE_ID"], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.labels['orleans/clusterId']", Str(env["ORLEANS_CLUSTER_ID"], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("app-connection", Str(env["ConnectionStrings__Anju"], "valueFrom", "secretKeyRef", "key"));
        Assert.Contains(List(container, "envFrom"), e => Str(e, "configMapRef", "name") == "anju-config");

        var ports = List(container, "ports").Select(p => Str(p, "containerPort")).ToList();
        Assert.Contains(Str(env["Orleans__SiloPort"], "value"), ports);
        Assert.Contains(Str(env["Orleans__GatewayPort"], "value"), ports);
    }

    [Fact]
    public void The_silos_service_account_may_get_list_watch_patch_and_delete_pods_and_nothing_else()
    {
        var silo = All.One("Deployment", "anju-silo");
        var account = Str(silo, "spec", "template", "spec", "serviceAccountName");
        All.One("ServiceAccount", account!);
        var binding = Assert.Single(All.OfKind("RoleBinding"), b => List(b, "subjects").Any(s => Str(s, "name") == account));
        var role = All.One(Str(binding, "roleRef", "kind")!, Str(binding, "roleRef", "name")!);
        var rule = Assert.Single(List(role, "rules"));
        Assert.Equal(["pods"], List(rule, "resources").Cast<string>());
        Assert.Equal(["delete", "get", "list", "patch", "watch"], List(rule, "verbs").Cast<string>().Order(StringComparer.Ordinal));
        // The dashboard hosts and the schema job talk to no API server.
        Assert.Equal("false", Str(All.One("Deployment", "anju-dashboard"), "spec", "template", "spec", "automountServiceAccountToken"));
        Assert.Equal("false", Str(All.One("Job", "anju-migrate"), "spec", "template", "spec", "automountServiceAccountToken"));
    }

    [Theory]
    [InlineData("anju-silo")]
    [InlineData("anju-dashboard")]
    public void Both_hosts_probe_readiness_and_liveness_run_as_non_root_and_are_reached_by_a_service(string name)
    {
        var deployment = All.One("Deployment", name);
        var container = Container(deployment);
        var http = List(container, "ports").Single(p => Str(p, "name") == "http");
        Assert.Equal("8080", Str(http, "containerPort"));
        Assert.Equal("/health/ready", Str(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", Str(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("http", Str(container, "readinessProbe", "httpGet", "port"));
        Assert.Equal("http", Str(container, "livenessProbe", "httpGet", "port"));
        Assert.Equal("true", Str(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"));
        Assert.NotEqual("0", Str(deployment, "spec", "template", "spec", "securityContext", "runAsUser"));
        Assert.Equal("false", Str(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("app-connection", Str(Env(container)["ConnectionStrings__Anju"], "valueFrom", "secretKeyRef", "key"));

        var labels = Map(deployment, "spec", "template", "metadata", "labels");
        var selector = Map(deployment, "spec", "selector", "matchLabels");
        Assert.All(selector, p => Assert.Equal(p.Value, labels.GetValueOrDefault(p.Key)));
        var service = All.One("Service", name);
        Assert.All(Map(service, "spec", "selector"), p => Assert.Equal(p.Value, labels.GetValueOrDefault(p.Key)));
        Assert.Equal("http", Str(List(service, "spec", "ports").Single(), "targetPort"));

        // A node drain takes one pod of each at a time.
        var budget = All.One("PodDisruptionBudget", name);
        Assert.Equal("1", Str(budget, "spec", "maxUnavailable"));
        Assert.All(Map(budget, "spec", "selector", "matchLabels"), p => Assert.Equal(p.Value, labels.GetValueOrDefault(p.Key)));
    }

    [Fact]
    public void Connection_strings_come_only_from_the_secret_anju_db_and_no_secret_is_committed()
    {
        Assert.Empty(All.OfKind("Secret"));
        var references = All.Documents.SelectMany(d => Maps(d.Document)).Where(m => m.ContainsKey("secretKeyRef"))
            .Select(m => Map(m, "secretKeyRef")).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.Equal("anju-db", Str(r, "name"));
            Assert.Contains(Str(r, "key"), new[] { "app-connection", "owner-connection" });
        });
        var config = Map(All.One("ConfigMap", "anju-config"), "data");
        Assert.DoesNotContain(config.Keys, k => k.StartsWith("ConnectionStrings", StringComparison.Ordinal));

        // The schema step runs as the owner and exits; the hosts run as anju_app.
        var job = Container(All.One("Job", "anju-migrate"));
        Assert.Equal(["--migrate-only"], List(job, "args").Cast<string>());
        Assert.Equal("owner-connection", Str(Env(job)["ConnectionStrings__AnjuMigrations"], "valueFrom", "secretKeyRef", "key"));
    }

    private static Dictionary<string, object?> Container(Dictionary<string, object?> workload) =>
        (Dictionary<string, object?>)Assert.Single(List(workload, "spec", "template", "spec", "containers"))!;

    private static Dictionary<string, Dictionary<string, object?>> Env(Dictionary<string, object?> container) =>
        List(container, "env").Cast<Dictionary<string, object?>>().ToDictionary(e => Str(e, "name")!, StringComparer.Ordinal);
}

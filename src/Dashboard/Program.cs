using Anju.Dashboard;

DashboardApp.Build(args).Run();

/// <summary>The entry point; public so test hosts can name this assembly.</summary>
public partial class Program;

using System.CommandLine;
using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.Importing;

namespace Anju.Demo.Cli;

/// <summary><c>import</c>: streams a CSV file to <c>POST /api/import</c> and prints the counts or the rows at fault.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "The CSV file to import (see `generate`).", Required = true };
        file.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<FileInfo>() is { Exists: false } missing)
            {
                r.AddError($"{missing.FullName} does not exist.");
            }
        });
        var api = DemoCli.ApiOption();
        var command = new Command("import", "Onboard estates from a CSV file through the silo's import API (all rows or none).") { file, api };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction((parse, ct) => signIn.RunAsync(parse, parse.GetRequiredValue(api), async accounts =>
        {
            using var client = new AnjuApi(parse.GetRequiredValue(api), 4, accounts.Data);
            var path = parse.GetRequiredValue(file);
            Console.WriteLine($"Importing {path.FullName} ({path.Length / 1e6:F1} MB) into {client.BaseAddress} …");
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var clock = Stopwatch.StartNew();
            ApiResult<ImportResult> answer;
            await using (new ImportWatch(client))
            {
                answer = await client.ImportAsync(new StreamContent(stream, 1 << 16), ct);
            }

            return ImportReport.Print(answer, clock.Elapsed);
        }));
        return command;
    }
}

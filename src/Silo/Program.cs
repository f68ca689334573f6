using Anju.Silo;

var app = await SiloApp.BuildAsync(args);
if (app is not null)
{
    await app.RunAsync();
}

using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Web;
using Marsad.Web.Enrichment;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve</c>: the web pages and the JSON API over the database, read-only, on this machine only by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on, at 127.0.0.1 (default 5000).",
            DefaultValueFactory = _ => 5000,
        };
        var urls = new Option<string?>("--urls")
        {
            Description = "The addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080 to serve other machines); overrides --port.",
            HelpName = "URLS",
        };
        var command = new Command("serve",
            "Serve the storylines, events, articles and search as Arabic web pages and a JSON API (/api, /openapi/v1.json).")
        {
            port, urls,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var chosenPort = result.GetValue(port);
            if (chosenPort is < 1 or > 65535)
            {
                Consoles.Fail("--port must be between 1 and 65535.");
                return ExitCodes.Failed;
            }
            var database = result.GetValue(CommonOptions.Database)!;
            if (StoreAccess.TryOpenReaders(database) is not var (stories, search, entities))
            {
                return ExitCodes.Failed;
            }
            var listen = result.GetValue(urls) ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{chosenPort}");
            await using var app = MarsadWebApp.Create(new MarsadData(stories, search, entities, StoredQuotes.Instance), listen);
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException error)
            {
                Consoles.Fail($"cannot listen on {listen}: {error.Message}");
                return ExitCodes.Failed;
            }
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            await Console.Error.WriteLineAsync($"marsad: serving {database} at {string.Join(", ", addresses)} (Ctrl+C stops)");
            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}

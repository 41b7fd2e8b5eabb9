using System.Text.Encodings.Web;
using System.Text.Unicode;
using Marsad.Web.Api;
using Marsad.Web.Hosting;
using Marsad.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web;

/// <summary>
/// The web host's table of contents: pages in Arabic and a JSON API over one store, read-only. Hosts (the CLI's
/// <c>marsad serve</c>, the tests) open the store, build the app here and run it.
/// </summary>
public static class MarsadWebApp
{
    /// <summary>Loopback only unless asked otherwise: the server is meant for the machine it runs on.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static WebApplication Create(MarsadData data, string urls = DefaultUrls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Marsad.Web" });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(data);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // Arabic in JSON as it is, not as \u escapes; characters that matter to HTML stay escaped.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ReadOnlyMethods>();
        app.UseMiddleware<SecurityHeaders>();

        app.MapOpenApi();
        app.MapEmbeddedAssets();
        app.MapStorylinesApi();
        app.MapEventsApi();
        app.MapArticlesApi();
        app.MapSearchApi();
        app.MapEntitiesApi();
        app.MapPages();
        return app;
    }
}

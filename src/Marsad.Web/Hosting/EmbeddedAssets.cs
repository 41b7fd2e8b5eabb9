using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Hosting;

/// <summary>
/// Serves the style sheet and fonts embedded in this assembly under <c>/static/</c>. Only names the assembly holds
/// are served, read once into memory: there is no path from a request to the file system.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Assets = new(Load);

    public static IEndpointRouteBuilder MapEmbeddedAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{**name}", (string name, HttpContext context) =>
        {
            if (!Assets.Value.TryGetValue(name, out var bytes))
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(bytes, ContentTypes[Path.GetExtension(name)]);
        }).ExcludeFromDescription();
        return app;
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            if (!ContentTypes.ContainsKey(Path.GetExtension(resource)))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[resource[Prefix.Length..]] = copy.ToArray();
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Marsad.Input;
using Marsad.Pipeline;
using Marsad.Storage.Sqlite;
using Marsad.Tests.Support;
using Marsad.Web;
using Marsad.Web.Enrichment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Tests;

/// <summary>
/// A real server on a free loopback port over a real SQLite file, filled by ingesting the seed sample and the
/// hostile articles through the real pipeline. Shared by all the web tests (one ingest, one server).
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public Uri BaseAddress => Client.BaseAddress!;

    public string DatabasePath => Path.Combine(folder.Path, "web.db");

    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        using (var store = SqliteStore.Open(DatabasePath))
        {
            var pipeline = new IngestPipeline(store.StateSource, store.Writer, new IngestOptions());
            pipeline.Run(new InputWalker([SeedFolder]).Items());
            pipeline.Run(HostileArticles.All().Select(a => new ArticleInput(a)));
        }
        app = await Start(DatabasePath, StoredQuotes.Instance);
        Client.BaseAddress = Address(app);
    }

    /// <summary>Starts a server over a database on a port the system picks, with the given quotations.</summary>
    public static async Task<WebApplication> Start(string database, IQuoteSource quotes)
    {
        var (stories, search, entities) = SqliteStore.OpenReaders(database);
        var started = MarsadWebApp.Create(new MarsadData(stories, search, entities, quotes), "http://127.0.0.1:0");
        await started.StartAsync();
        return started;
    }

    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async Task<string> GetHtml(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The one storyline the seeds make (the one holding seed 002).</summary>
    public async Task<string> SeedStorylineId() => (await GetJson("/api/articles/002_c4cb800c5c6b35be")).GetProperty("storylineId").GetString()!;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public void Dispose() => folder.Dispose();
}

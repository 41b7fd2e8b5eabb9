using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Marsad.Tests.Support;

namespace Marsad.Tests;

/// <summary><c>marsad serve</c> as a user runs it: after ingesting the seeds, the storyline is a page on 127.0.0.1.</summary>
public sealed class CliServeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Serve_shows_the_seed_storyline_on_the_loopback_address()
    {
        Assert.Equal(0, MarsadProcess.Run(folder.Path, "ingest", Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds")).ExitCode);
        var port = FreePort();
        var portText = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var server = Process.Start(MarsadProcess.StartInfo(folder.Path, ["serve", "--port", portText]))!;
        try
        {
            var announced = await server.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Contains($"http://127.0.0.1:{port}", announced, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.Contains("dir=\"rtl\"", home, StringComparison.Ordinal);
            Assert.Contains("الكاظمي", home, StringComparison.Ordinal);
            using var post = await client.PostAsync(new Uri("/api/storylines", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_refuses_a_missing_database_and_a_bad_port()
    {
        var missing = MarsadProcess.Run(folder.Path, "serve", "--db", "nothing-here.db");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No database", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "nothing-here.db")));
        var badPort = MarsadProcess.Run(folder.Path, "serve", "--port", "70000");
        Assert.Equal(2, badPort.ExitCode);
        Assert.Contains("--port", badPort.Error, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

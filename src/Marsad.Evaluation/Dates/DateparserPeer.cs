using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Marsad.Evaluation.Dates;

/// <summary>
/// The peer Marsad's dates are compared with: <c>dateparser</c>'s <c>search_dates(text, languages=['ar'])</c>,
/// from Debian's <c>python3-dateparser</c>, which installs for Debian's own <c>/usr/bin/python3</c> (not a pyenv
/// python earlier on PATH). All texts go to one python process as JSON. The peer returns matched substrings,
/// not offsets: each is found again by searching forward in the text from the previous match. It gives no type
/// either, so its mentions count as DATE.
/// </summary>
public static class DateparserPeer
{
    public const string DefaultPython = "/usr/bin/python3";

    /// <summary>Names another python to run the peer with (a test can point it at a missing one).</summary>
    public const string PythonVariable = "MARSAD_DATEPARSER_PYTHON";

    private const string Script = """
        import json, sys, warnings
        warnings.simplefilter("ignore")
        try:
            import dateparser
            from dateparser.search import search_dates
        except ImportError as error:
            sys.stderr.write("dateparser is not importable: %s\n" % error)
            sys.exit(3)
        texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        found = []
        for text in texts:
            matches = search_dates(text, languages=["ar"]) or []
            found.append([substring for substring, _ in matches])
        sys.stdout.buffer.write(json.dumps({"version": dateparser.__version__, "matches": found}, ensure_ascii=False).encode("utf-8"))
        """;

    public static PeerRun Run(IReadOnlyList<string> texts, string? python = null)
    {
        python ??= Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } chosen ? chosen : DefaultPython;
        const string name = "dateparser";
        if (!File.Exists(python))
        {
            return PeerRun.Missing(name, $"{python} not found (install Debian's python3-dateparser: apt-get install -y python3-dateparser)");
        }
        var stopwatch = Stopwatch.StartNew();
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start);
        if (process is null)
        {
            return PeerRun.Missing(name, $"{python} could not be started");
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(JsonSerializer.Serialize(texts));
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The script stopped before reading (dateparser missing): its exit code and message say why.
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return PeerRun.Missing(name, "dateparser did not finish within 10 minutes");
        }
        if (process.ExitCode != 0)
        {
            var message = errors.Result.Trim();
            return PeerRun.Missing(name, process.ExitCode == 3
                ? $"{message} (install Debian's python3-dateparser: apt-get install -y python3-dateparser)"
                : $"{python} failed (exit {process.ExitCode}): {LastLine(message)}");
        }
        using var json = JsonDocument.Parse(output.Result);
        var version = json.RootElement.GetProperty("version").GetString();
        var spans = new List<IReadOnlyList<ScoredSpan>>();
        var unmapped = 0;
        var documents = json.RootElement.GetProperty("matches").EnumerateArray().ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            var substrings = documents[i].EnumerateArray().Select(match => match.GetString() ?? "").ToList();
            spans.Add(MapToOffsets(texts[i], substrings, ref unmapped));
        }
        return new PeerRun($"{name} {version}", true, null, spans, unmapped, stopwatch.Elapsed);
    }

    /// <summary>Finds each matched substring again, searching forward from the end of the previous one (and
    /// from the start of the text when the peer went back).</summary>
    public static List<ScoredSpan> MapToOffsets(string text, IEnumerable<string> substrings, ref int unmapped)
    {
        var spans = new List<ScoredSpan>();
        var cursor = 0;
        foreach (var substring in substrings.Where(s => s.Length > 0))
        {
            var at = text.IndexOf(substring, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                at = text.IndexOf(substring, StringComparison.Ordinal);
            }
            if (at < 0)
            {
                unmapped++;
                continue;
            }
            spans.Add(new ScoredSpan(at, at + substring.Length, "DATE"));
            cursor = at + substring.Length;
        }
        return spans;
    }

    private static string LastLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "no message";
}

namespace Marsad.Evaluation.Events;

/// <summary>
/// Reads a TSV of judged pairs (<c>a, b, same_event, same_storyline, ...</c>; <c>#</c> lines are comments, the first
/// other line a header). The default set, judged by reading SaudiNewsNet articles, ships inside this assembly.
/// </summary>
public static class JudgedPairReader
{
    public const string DefaultResource = "Marsad.Evaluation.Gold.saudinewsnet-event-pairs.tsv";

    public static IReadOnlyList<JudgedPair> ReadDefault()
    {
        using var stream = typeof(JudgedPairReader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"{DefaultResource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static IReadOnlyList<JudgedPair> Read(TextReader reader)
    {
        var pairs = new List<JudgedPair>();
        var header = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            var fields = line.Split('\t');
            pairs.Add(new JudgedPair(fields[0], fields[1], fields[2] == "1", fields[3] == "1"));
        }
        return pairs;
    }
}

namespace Marsad.Evaluation.Events;

/// <summary>
/// Reads a TSV of judged pairs (<c>a, b, same_event, same_storyline, ...</c>; <c>#</c> lines are comments, the first
/// other line a header). The default set, judged by reading SaudiNewsNet articles, ships inside this assembly.
/// </summary>
public static class JudgedPairReader
{
    /// <summary>The built-in sets: the one the settings were tuned on, and one judged after they were frozen.</summary>
    public static IReadOnlyList<(string Name, string Role)> BuiltIn { get; } =
    [
        ("saudinewsnet-event-pairs.tsv", "tuning set"),
        ("saudinewsnet-event-pairs-heldout.tsv", "held-out set"),
    ];

    public static IReadOnlyList<JudgedPair> ReadDefault() => ReadBuiltIn(BuiltIn[0].Name);

    public static IReadOnlyList<JudgedPair> ReadBuiltIn(string name)
    {
        var resource = "Marsad.Evaluation.Gold." + name;
        using var stream = typeof(JudgedPairReader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the assembly.");
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

using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Reads ANERcorp's CoNLL format: one <c>token TAG</c> per line (split at the last space), sentences separated
/// by blank lines. A line whose tag cannot be read is an error with its line number, not a silent skip.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<ConllSentence> Read(TextReader reader, string source = "input")
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<BioTag>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            var space = line.TrimEnd().LastIndexOf(' ');
            if (space <= 0 || !BioTags.TryParse(line.AsSpan(space + 1).TrimEnd(), out var tag))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{lineNumber}: expected 'token TAG', got '{line}'."));
            }
            tokens.Add(line[..space].Trim());
            tags.Add(tag);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }
    }
}

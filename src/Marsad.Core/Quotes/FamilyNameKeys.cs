using Marsad.Text;

namespace Marsad.Quotes;

/// <summary>
/// Keys speakers by folded words without ال. A person by the part of the name articles keep: the family name
/// (الكاظمي → كاظمي, جو بايدن → بايدن), or, for a name built with بن, the given name and the father's (فيصل بن
/// مشعل بن سعود بن عبدالعزيز → فيصل بن مشعل, which الأمير فيصل بن مشعل also gives). Anything else by all its words
/// (وزارة الداخلية → وزاره داخليه). Two people of one family name share a key: a cost of joining a surname alone to
/// its full name.
/// </summary>
public sealed class FamilyNameKeys : ISpeakerKeys
{
    public static FamilyNameKeys Default { get; } = new();

    public string KeyOf(string speaker, SpeakerKind kind)
    {
        var words = Words(speaker);
        if (kind != SpeakerKind.Person || words.Count == 0)
        {
            return string.Join(' ', words);
        }
        var link = words.FindIndex(w => w is "بن" or "ابن" or "بنت");
        return link > 0 && link + 1 < words.Count
            ? string.Join(' ', words[link - 1], "بن", words[link + 1])
            : words[^1];
    }

    /// <summary>Folded words, ال and a joined عبد space dropped (عبد العزيز = عبدالعزيز).</summary>
    private static List<string> Words(string speaker)
    {
        var words = new List<string>();
        foreach (var word in ArabicFolder.FoldText(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
            if (words.Count > 0 && words[^1] is "عبد" or "ابو")
            {
                words[^1] += word;
                continue;
            }
            words.Add(w);
        }
        return words;
    }
}

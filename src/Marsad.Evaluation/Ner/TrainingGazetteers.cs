using Marsad.Entities;
using Marsad.Text;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Gazetteers drawn from the names in training data, folded. For training itself they are jackknifed: the
/// sentences of one block see only the names of the other blocks, so that a gazetteer hit is as informative
/// in training as it will be on new text (otherwise every training name would be in the list, and the model
/// would trust the list blindly).
/// </summary>
public static class TrainingGazetteers
{
    public static EntityGazetteer FromAll(IReadOnlyList<ConllSentence> sentences) => new(Entries(sentences));

    /// <summary>The block (of <paramref name="folds"/> consecutive ones) a sentence falls in.</summary>
    public static int FoldOf(int sentence, int count, int folds) => (int)((long)sentence * folds / count);

    /// <summary>One gazetteer per block, each from the names of all the other blocks.</summary>
    public static EntityGazetteer[] Jackknifed(IReadOnlyList<ConllSentence> sentences, int folds)
    {
        var gazetteers = new EntityGazetteer[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var others = sentences.Where((_, i) => FoldOf(i, sentences.Count, folds) != fold).ToList();
            gazetteers[fold] = new EntityGazetteer(Entries(others));
        }
        return gazetteers;
    }

    private static string Stripped(string word)
    {
        Span<char> target = stackalloc char[word.Length + 1];
        return new string(target[..Proclitics.Strip(word, target)]);
    }

    private static IEnumerable<GazetteerEntry> Entries(IEnumerable<ConllSentence> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var chunk in BioChunker.Chunks(sentence.Tags.ToArray()))
            {
                var words = new string[chunk.EndToken - chunk.StartToken];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = ArabicFolder.Fold(sentence.Tokens[chunk.StartToken + i]);
                }
                if (words.Any(w => w.Length == 0))
                {
                    continue;
                }
                if (seen.Add($"{chunk.Type}:{string.Join(' ', words)}"))
                {
                    yield return new GazetteerEntry(words, chunk.Type);
                }
                // ANERcorp tags بواشنطن whole; the list should also hold واشنطن, to match it bare or with another clitic.
                var stripped = Stripped(words[0]);
                if (stripped != words[0] && seen.Add($"{chunk.Type}:{stripped} {string.Join(' ', words[1..])}"))
                {
                    yield return new GazetteerEntry([stripped, .. words[1..]], chunk.Type);
                }
            }
        }
    }
}

namespace Marsad.Entities;

/// <summary>
/// Features of the second, document-level pass. For each sentence, the first pass's tags of the token and its
/// neighbours; how the same (stripped) word was tagged elsewhere in the surrounding sentences; and whether the
/// token starts or continues a name the first pass found there. A name tagged once in a clear context
/// («الكاميروني صامويل إيتو») then helps its bare mentions (إيتو) further on. The sentence itself is left out
/// of its own window, so a guess never confirms itself.
/// </summary>
public sealed class DocumentFeatureExtractor(int window)
{
    [ThreadStatic]
    private static DocumentMemory? threadMemory;

    public int Window => window;

    /// <summary>
    /// Visits each sentence of a document with its document features (a buffer reused between calls), in order.
    /// </summary>
    public void Extract(IReadOnlyList<FirstPassSentence> sentences, SentenceFeatures output, Action<int, SentenceFeatures> visit)
    {
        var memory = threadMemory ??= new DocumentMemory();
        memory.Clear();
        var begins = Array.Empty<byte>();
        var insides = Array.Empty<byte>();
        var lastAdded = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            while (lastAdded < Math.Min(sentences.Count - 1, s + window))
            {
                memory.Add(sentences[++lastAdded]);
            }
            if (s - window - 1 >= 0)
            {
                memory.Remove(sentences[s - window - 1]);
            }
            var sentence = sentences[s];
            memory.Remove(sentence);
            if (begins.Length < sentence.Length)
            {
                begins = new byte[sentence.Length * 2];
                insides = new byte[sentence.Length * 2];
            }
            memory.Match(sentence, begins, insides);
            output.Clear();
            for (var i = 0; i < sentence.Length; i++)
            {
                AddFeatures(sentence, i, memory, begins[i], insides[i], output);
                output.EndToken(sentence.Words[i], sentence.Stripped[i]);
            }
            memory.Add(sentence);
            visit(s, output);
        }
    }

    private static void AddFeatures(FirstPassSentence sentence, int i, DocumentMemory memory, byte begin, byte inside,
        SentenceFeatures output)
    {
        void Add(Template template, ulong value) => output.Add(FeatureHash.Combine((ulong)template, value));

        Add(Template.FirstTag, (ulong)sentence.Tags[i]);
        Add(Template.FirstTagBefore, i > 0 ? (ulong)sentence.Tags[i - 1] : 99);
        Add(Template.FirstTagAfter, i + 1 < sentence.Length ? (ulong)sentence.Tags[i + 1] : 99);
        Add(Template.FoundBegin, begin);
        Add(Template.FoundInside, inside);

        var kinds = memory.KindsOf(sentence.Stripped[i]);
        var total = 0;
        foreach (var count in kinds)
        {
            total += count;
        }
        if (total == 0)
        {
            Add(Template.Elsewhere, 0);
            return;
        }
        var majority = 0;
        for (var k = 1; k < kinds.Length; k++)
        {
            majority = kinds[k] > kinds[majority] ? k : majority;
        }
        var share = kinds[majority] == total ? 2UL : 2 * kinds[majority] > total ? 1UL : 0UL;
        Add(Template.Elsewhere, (ulong)(1 + majority) * 4 + share);
        for (var k = 1; k < kinds.Length; k++)
        {
            if (kinds[k] > 0)
            {
                Add(Template.ElsewhereAs, (ulong)k);
            }
        }
    }

    private enum Template : long
    {
        FirstTag = 1001,
        FirstTagBefore = 1002,
        FirstTagAfter = 1003,
        FoundBegin = 1004,
        FoundInside = 1005,
        Elsewhere = 1006,
        ElsewhereAs = 1007,
    }
}

using Marsad.Entities;
using Marsad.Quotes.Reading;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The persons the entity tagger found in the text, by word: where a name read from the words' shapes runs on into
/// the verb's object (رجب طيب أردوغان عزم بلاده), the tagger's span says where the name ends. Empty when the caller
/// passed no entities (the rules then read names from the words' shapes alone).
/// </summary>
internal sealed class EntitySpans
{
    public static readonly EntitySpans None = new();

    /// <summary>For each word inside a person span, the span's last word; -1 elsewhere. Null when there are none.</summary>
    private readonly int[]? personLast;

    /// <summary>For each word inside an organization or location span, the span's last word; -1 elsewhere. Null when none.</summary>
    private readonly int[]? bodyOrPlaceLast;

    private static readonly HashSet<string> CompassWords = new(["جنوب", "شمال", "شرق", "غرب"], StringComparer.Ordinal);

    private EntitySpans()
    {
    }

    public EntitySpans(QuoteText text, IReadOnlyList<ArticleEntity> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.End <= entity.Start || entity.Type == EntityType.Miscellaneous)
            {
                continue;
            }
            var first = text.WordAt(entity.Start);
            var last = text.WordAt(entity.End - 1);
            if (first >= text.Count || last >= text.Count || text.Start(first) >= entity.End)
            {
                continue;
            }
            if (entity.Type != EntityType.Person)
            {
                // رئيس اللجنة في جنوب السودان ويلسون: where the tagger found السودان alone, the compass word before a
                // place is the place's too, not a name's first word.
                if (entity.Type == EntityType.Location && first > 0 && text.BlankBefore(first) && CompassWords.Contains(text.Folded(first - 1)))
                {
                    first--;
                }
                if (bodyOrPlaceLast is null)
                {
                    bodyOrPlaceLast = new int[text.Count];
                    Array.Fill(bodyOrPlaceLast, -1);
                }
                Array.Fill(bodyOrPlaceLast, last, first, last - first + 1);
                continue;
            }
            if (personLast is null)
            {
                personLast = new int[text.Count];
                Array.Fill(personLast, -1);
            }
            // إبراهيم محمد الجار الله: the tagger ends the person before الله (God, to it, in most of the news); right
            // after a name, written apart, it ends a compound family name (الجار الله، نصر الله، فضل الله).
            if (last + 1 < text.Count && text.BlankBefore(last + 1) && text.Folded(last + 1) == "الله")
            {
                last++;
            }
            for (var k = first; k <= last; k++)
            {
                personLast[k] = last;
            }
        }
    }

    /// <summary>The last word of the person span word <paramref name="k"/> is in, or -1.</summary>
    public int PersonEnd(int k) => personLast is null || k < 0 || k >= personLast.Length ? -1 : personLast[k];

    /// <summary>Word <paramref name="k"/> is inside an organization or a location the tagger found (رويترز in لرويترز).</summary>
    public bool InBodyOrPlace(int k) => BodyOrPlaceEnd(k) >= 0;

    /// <summary>Word <paramref name="k"/> is in a body or place the tagger found and in no person it found.</summary>
    public bool InBodyOrPlaceOnly(int k) => InBodyOrPlace(k) && PersonEnd(k) < 0;

    /// <summary>The last word of the organization or location span word <paramref name="k"/> is in, or -1.</summary>
    public int BodyOrPlaceEnd(int k) => bodyOrPlaceLast is null || k < 0 || k >= bodyOrPlaceLast.Length ? -1 : bodyOrPlaceLast[k];

    /// <summary>Word <paramref name="k"/> starts an organization or location span.</summary>
    public bool StartsBodyOrPlace(int k) => InBodyOrPlace(k) && (k == 0 || BodyOrPlaceEnd(k - 1) != BodyOrPlaceEnd(k));

    /// <summary>
    /// في لندن أن، في إقليم بغلان إن: word <paramref name="at"/> is في or لدى and opens a body or place found after it
    /// (or after a region word), not a person, that ends right before أن/إن, a comma or the sentence's end, where a
    /// speaker's words start.
    /// </summary>
    public bool PlaceLastBeforeWordsSaid(WordShapes shapes, int at)
    {
        var text = shapes.Text;
        if (text.Folded(at) is not ("في" or "لدي"))
        {
            return false;
        }
        var k = at + 1;
        if (k < text.Count && shapes.IsRegion(k) && !InBodyOrPlace(k))
        {
            k++;
        }
        if (k >= text.Count || !StartsBodyOrPlace(k) || PersonEnd(k) >= 0)
        {
            return false;
        }
        var next = BodyOrPlaceEnd(k) + 1;
        return next >= text.Count || text.Sentence(next) != text.Sentence(k) || text.CommaOnlyBefore(next)
            || (text.BlankBefore(next) && shapes.IsComplementizer(next));
    }

    /// <summary>The first person span that starts inside <c>[first, last]</c> and ends there too, or null.</summary>
    public (int Start, int End)? PersonWithin(int first, int last)
    {
        if (personLast is null)
        {
            return null;
        }
        for (var k = first; k <= last; k++)
        {
            if (personLast[k] >= 0 && (k == first || personLast[k - 1] != personLast[k]))
            {
                return personLast[k] <= last ? (k, personLast[k]) : null;
            }
        }
        return null;
    }
}

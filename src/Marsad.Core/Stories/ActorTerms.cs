using Marsad.Analysis;

namespace Marsad.Stories;

/// <summary>
/// The entity keys of people and organizations among a vector's terms: who acts. Two look-alike reports (one
/// ministry's Eid reception and another's) share every word but these.
/// </summary>
internal static class ActorTerms
{
    public static List<string> Of(TermVector vector)
    {
        var actors = new List<string>();
        foreach (var term in vector.Terms)
        {
            if (IsActor(term))
            {
                actors.Add(term);
            }
        }
        return actors;
    }

    /// <summary>True when <paramref name="member"/> names actors and none of them is among <paramref name="actors"/>.</summary>
    public static bool NamesOthers(TermVector member, List<string> actors)
    {
        var namesAny = false;
        foreach (var term in member.Terms)
        {
            if (!IsActor(term))
            {
                continue;
            }
            if (actors.Contains(term))
            {
                return false;
            }
            namesAny = true;
        }
        return namesAny;
    }

    private static bool IsActor(string term) =>
        term.StartsWith("per:", StringComparison.Ordinal) || term.StartsWith("org:", StringComparison.Ordinal);
}

using System.Security.Cryptography;
using System.Text;

namespace Marsad.Stories;

/// <summary>
/// Opaque, stable identifiers: an event is named after the article that founded it, a storyline after its
/// first event, so the same stream gives the same ids. A clash (the same founder founding twice after an
/// update) takes the next free suffix.
/// </summary>
public static class StoryIds
{
    public static string ForEvent(string founderArticleId, Func<string, bool> taken) =>
        FirstFree("e" + Digest(founderArticleId), taken);

    public static string ForStoryline(string founderEventId, Func<string, bool> taken) =>
        FirstFree("s" + Digest(founderEventId), taken);

    private static string FirstFree(string id, Func<string, bool> taken)
    {
        var candidate = id;
        for (var n = 2; taken(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}

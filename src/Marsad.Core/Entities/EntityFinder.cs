using Marsad.Entities.Keys;

namespace Marsad.Entities;

/// <summary>The enrichment stage for entities: the tagger's mentions, each with its cross-article key. Thread-safe.</summary>
public sealed class EntityFinder(EntityTagger tagger)
{
    private static readonly Lazy<EntityFinder> DefaultFinder = new(() => new EntityFinder(EntityTagger.Default));

    /// <summary>With the model Marsad ships (loaded on first use).</summary>
    public static EntityFinder Default => DefaultFinder.Value;

    public IReadOnlyList<ArticleEntity> Find(string text)
    {
        var mentions = tagger.Find(text);
        var found = new ArticleEntity[mentions.Count];
        for (var i = 0; i < found.Length; i++)
        {
            var mention = mentions[i];
            found[i] = new ArticleEntity(mention.Start, mention.End, mention.Text, mention.Type, EntityKeyer.Of(mention.Type, mention.Text));
        }
        return found;
    }
}

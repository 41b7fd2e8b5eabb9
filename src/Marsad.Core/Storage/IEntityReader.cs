using Marsad.Storage.Reading;

namespace Marsad.Storage;

/// <summary>What hosts read about one entity: what it is, and the events whose articles name it.</summary>
public interface IEntityReader
{
    /// <summary>The entity with this key and a page of its events, most recent first; null when no article names it.</summary>
    EntityEvents? Entity(string key, int offset, int limit);
}

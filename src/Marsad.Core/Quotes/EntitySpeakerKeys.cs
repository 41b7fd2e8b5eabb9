using Marsad.Entities.Keys;
using Marsad.Text;

namespace Marsad.Quotes;

/// <summary>
/// Speaker keys that are entity keys: a person or an institution that speaks has the key it has as a named entity
/// (so an entity's page finds its quotations); titles, groups and sources are keyed by their folded words.
/// </summary>
public sealed class EntitySpeakerKeys : ISpeakerKeys
{
    public static EntitySpeakerKeys Default { get; } = new();

    public string KeyOf(string speaker, SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => EntityKeyer.Person(speaker),
        SpeakerKind.Organization => EntityKeyer.Organization(speaker),
        _ => "spk:" + ArabicFolder.FoldText(speaker),
    };
}

namespace Marsad.Quotes;

/// <summary>
/// Turns a resolved speaker into the key its variants share (الكاظمي, مصطفى الكاظمي and رئيس الوزراء العراقي
/// مصطفى الكاظمي: one key). A seam: entity keys can take its place once named entities are linked.
/// </summary>
public interface ISpeakerKeys
{
    string KeyOf(string speaker, SpeakerKind kind);
}

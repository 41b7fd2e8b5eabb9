namespace Marsad.Entities;

/// <summary>
/// A named entity of an article: where it is written in the display text (<c>[Start, End)</c>), the words as written,
/// its type, and the key its variants share across articles (مصطفى الكاظمي and الكاظمي: one key).
/// </summary>
public sealed record ArticleEntity(int Start, int End, string Text, EntityType Type, string Key);

namespace Marsad.Quotes;

/// <summary>What a quotation's speaker is, once resolved (how the text pointed at it is <see cref="SpeakerCue"/>).</summary>
public enum SpeakerKind
{
    /// <summary>Nobody is named (قيل), or nothing earlier in the article says who.</summary>
    Unknown,

    /// <summary>A person, by the fullest form of the name the article gives (مصطفى الكاظمي).</summary>
    Person,

    /// <summary>A title that names nobody in the article (الناطق باسم القوات المسلحة).</summary>
    Title,

    /// <summary>An institution, or a document speaking for it (وزارة الداخلية، بيان للحكومة العراقية).</summary>
    Organization,

    /// <summary>A group of speakers (مسؤولون، خبراء، منتقدون).</summary>
    Group,

    /// <summary>An anonymous source (مصدر مطلع، مصادر عسكرية).</summary>
    Anonymous,
}

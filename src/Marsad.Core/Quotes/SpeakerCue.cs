namespace Marsad.Quotes;

/// <summary>How the text points at the speaker where the quotation stands.</summary>
public enum SpeakerCue
{
    /// <summary>Nothing points at a speaker (قيل).</summary>
    None,

    /// <summary>A name, whole or in part (وقال الكاظمي).</summary>
    Name,

    /// <summary>A title, resolved to the person the article gives it when it does (وقال رئيس الوزراء العراقي).</summary>
    Title,

    /// <summary>An institution, a group or a source described where it speaks (قالت مصادر عسكرية).</summary>
    Description,

    /// <summary>A pronoun for the one already speaking (لكنه أكد، وأكد فضيلته).</summary>
    Pronoun,

    /// <summary>No subject: the speaker goes on (وأضاف، وتابع، مشيرا إلى).</summary>
    Continuation,
}

namespace Marsad.Quotes.Vocabulary;

/// <summary>What a cue word is: its form, what it introduces, and whether it counts only at the head of a clause.</summary>
internal sealed record CueEntry(CueForm Form, CueUse Use, bool ClauseInitialOnly);

namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// A verb of saying as news writes it: its finite forms (past and present, he/she/they), its participles (the
/// continuation cues مضيفا، مشيرة), what it can introduce, and whether it counts only at the head of a clause
/// (a form that is also a common other word: بين "between", تابع "followed", زاد "increased").
/// </summary>
/// <param name="Finite">Finite forms, separated by spaces, in display spelling (folded when looked up).</param>
/// <param name="Participles">Active participles, separated by spaces.</param>
internal sealed record SpeechVerb(string Finite, string Participles, CueUse Use, bool ClauseInitialOnly = false);

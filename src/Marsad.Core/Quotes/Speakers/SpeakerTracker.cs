using Marsad.Quotes.Cues;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// Resolves the speaker of each cue, in text order, and remembers the last one: a continuation (وأضاف، مشيرا إلى)
/// and a pronoun (لكنه أكد، وأكد فضيلته) take it; a named subject, a title, an institution, a group or a source
/// replaces it. A participle after a clause that opens with another verb and its subject, and no cue since (وأمر
/// الملك فهد بمعاملتهم كضيوف، عادّا أن), is that subject's, and so is a verb with no subject of its own there (ورفع
/// الأمير خالد الفيصل الولاء للملك سلمان، وقال:). Working state of one extraction.
/// </summary>
internal sealed class SpeakerTracker(WordShapes shapes, SubjectFinder subjects, ClauseSubjects clauses, SpeakerClassifier classifier,
    ArticlePeople people, SpeakerOptions? options = null, SpeakerRanker? ranker = null, bool recordChoices = false)
{
    private const int RecentSpeakers = 4;

    private readonly List<ResolvedSpeaker> recent = [];
    private ResolvedSpeaker? last;
    private int lastCue = -1;

    /// <summary>The options weighed at the last cue resolved, when choices are recorded and the ranker was asked there.</summary>
    public SpeakerChoice? LastChoice { get; private set; }

    /// <summary>The cue's speaker, or null when its subject is no speaker at all (بينت الاختبارات أن).</summary>
    public ResolvedSpeaker? Resolve(SpeechCue cue)
    {
        var previousCue = lastCue;
        lastCue = cue.Word;
        LastChoice = null;
        switch (cue.Form)
        {
            case CueForm.Passive:
                return ResolvedSpeaker.Nobody;
            case CueForm.Noun when subjects.QuotedFrom(cue) is { } from && classifier.Classify(from, cue) is { Text: not null } source:
                // نقلت الوكالة عن شترايتر قوله إن: the one quoted speaks, not the one who passes it on.
                Remember(source);
                return source;
            case CueForm.Participle or CueForm.Noun when ClauseSubject(cue, previousCue) is { } clauseSubject:
                // عادّا أن after وأمر الملك فهد بمعاملتهم كضيوف، or بقوله after وحمل فيصل الطحان الجامعة مسؤولية ما حدث:
                // a participle or verbal noun speaks for the subject of the clause it closes.
                Remember(clauseSubject);
                return Ranked(cue, previousCue, clauseSubject.As(SpeakerCue.Continuation), "clause");
            case CueForm.Participle or CueForm.Noun:
                return Ranked(cue, previousCue, Continue(cue, SpeakerCue.Continuation), "last");
        }
        foreach (var phrase in new[] { subjects.After(cue), subjects.Before(cue) })
        {
            if (phrase is not { } found)
            {
                continue;
            }
            var speaker = classifier.Classify(found, cue);
            if (speaker is null)
            {
                continue;
            }
            if (speaker == SpeakerClassifier.NotASpeaker)
            {
                return null;
            }
            if (speaker.Cue == SpeakerCue.Pronoun)
            {
                if (Honorific(found) && last is not { Kind: SpeakerKind.Person } && recent.LastOrDefault(r => r.Kind == SpeakerKind.Person) is { } dignitary)
                {
                    // وقد رأت المملكة توحيد جهودها ... قال معاليه: an honorific pronoun is the last person, not a body.
                    Remember(dignitary);
                }
                return Ranked(cue, previousCue, Continue(cue, SpeakerCue.Pronoun), "pronoun");
            }
            Remember(speaker);
            return Ranked(cue, previousCue, speaker, found.First < cue.Word ? "subject:before" : "subject:after");
        }
        if (ClauseSubject(cue, previousCue) is { } opener)
        {
            // ورفع الأمير خالد الفيصل الولاء لخادم الحرمين الملك سلمان، وقال: a verb with no subject of its own after a
            // clause headed by another verb speaks for that verb's subject, not for the last person named.
            Remember(opener);
            return Ranked(cue, previousCue, opener.As(SpeakerCue.Continuation), "opener");
        }
        return Ranked(cue, previousCue, Continue(cue, SpeakerCue.Continuation), "last");
    }

    /// <summary>
    /// The speaker a cue takes: the rules' choice (whom a continuation points back to, or the subject read), unless the
    /// ranker scores another option higher (then it becomes the last speaker, for the continuations after it).
    /// </summary>
    private ResolvedSpeaker Ranked(SpeechCue cue, int previousCue, ResolvedSpeaker ruled, string path)
    {
        if (options is null || (ranker is null && !recordChoices))
        {
            return ruled;
        }
        var offered = options.Offer(cue, previousCue, ruled, path, recent);
        var chosen = ranker?.Choose(offered.Select(o => (IReadOnlyList<string>)o.Features).ToList()) ?? 0;
        if (recordChoices)
        {
            LastChoice = new SpeakerChoice(shapes.Text.Start(cue.Word),
                offered.Select(o => new SpeakerOption(o.Speaker.Text, o.Speaker.Kind, o.Features)).ToList(), chosen);
        }
        if (chosen == 0)
        {
            return ruled;
        }
        var speaker = offered[chosen].Speaker.As(ruled.Cue);
        Remember(speaker);
        return speaker;
    }

    /// <summary>The first subject of a clause verb before the cue (nearest first) that is a speaker by name or body.</summary>
    private ResolvedSpeaker? ClauseSubject(SpeechCue cue, int previousCue)
    {
        foreach (var (opening, afterWhile) in clauses.OfClauseVerb(cue, previousCue))
        {
            // فيما وجه اللواء سفر الغامدي شكره، مؤكدا: after "while" a person takes over; a body's deed (فيما قدم مركز
            // أرامكو ... قرضا، مشيرا) is still the speaker's account.
            if (ByNameOrBody(opening, cue) is { } subject && !IsCommonWordAsPerson(subject)
                && !(afterWhile && subject.Kind == SpeakerKind.Organization))
            {
                return subject;
            }
        }
        return null;
    }

    /// <summary>A clause verb's subject as a speaker, when it names one (a person, a body, a group or a source), not a bare title.</summary>
    private ResolvedSpeaker? ByNameOrBody(NounPhrase subject, SpeechCue cue) =>
        classifier.Classify(subject, cue) is { Kind: not (SpeakerKind.Title or SpeakerKind.Unknown), Text: not null } speaker ? speaker : null;

    /// <summary>
    /// واصفا استشهاد رجل الأمن بالجريمة، مشددا: a "person" whose first word the news (almost) never writes in a name
    /// is the object of a verb, not its subject.
    /// </summary>
    private bool IsCommonWordAsPerson(ResolvedSpeaker subject) =>
        subject is { Kind: SpeakerKind.Person, Start: int start }
        && shapes.Lexicon.NameShares.IsNeverAName(shapes.Text.Folded(shapes.Text.WordAt(start)));

    private void Remember(ResolvedSpeaker speaker)
    {
        last = speaker;
        recent.Remove(speaker);
        recent.Add(speaker);
        if (recent.Count > RecentSpeakers)
        {
            recent.RemoveAt(0);
        }
    }

    /// <summary>
    /// وكانت الحكومة ترغب في ...، معتبرة أن after a man was quoted: a participle that does not agree with the last
    /// speaker goes to the latest one before it that it agrees with, when there is one (a verb's own ending was tried
    /// the same way, وأوضحت after البيان, and measured no better on development).
    /// </summary>
    private void Agree(SpeechCue cue)
    {
        if (cue.Form != CueForm.Participle || last is null)
        {
            return;
        }
        var wanted = GrammaticalGender.OfParticiple(shapes.Text.Folded(cue.Word));
        if (wanted == GrammaticalGender.Gender.Either || GrammaticalGender.OfSpeaker(last, Written(last)) is var had && (had == wanted || had == GrammaticalGender.Gender.Either))
        {
            return;
        }
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            if (GrammaticalGender.OfSpeaker(recent[i], Written(recent[i])) == wanted)
            {
                Remember(recent[i]);
                return;
            }
        }
    }

    private bool Honorific(NounPhrase phrase) =>
        Enumerable.Range(phrase.First, Math.Min(3, phrase.Count)).Any(k => shapes.Lexicon.Honorifics.Contains(shapes.Text.Folded(k)));

    /// <summary>The words the text wrote where the speaker was named, if it was.</summary>
    private string? Written(ResolvedSpeaker speaker) =>
        speaker is { Start: int start, End: int end } && end > start ? shapes.Text.Text[start..end] : null;

    private ResolvedSpeaker Continue(SpeechCue cue, SpeakerCue how)
    {
        Agree(cue);
        if (last is null && people.LastBefore(shapes.Text.Start(cue.Word)) is { } mentioned)
        {
            last = new ResolvedSpeaker(mentioned.Display, SpeakerKind.Person, SpeakerCue.Name, shapes.Text.Start(mentioned.Start),
                shapes.Text.End(mentioned.End));
        }
        else if (last is null && clauses.OfSentenceBefore(cue) is { } opening && ByNameOrBody(opening, cue) is { } subject)
        {
            // دان وجهاء وأعيان محافظة القطيف الجريمة. وأكدوا أن: nobody has spoken yet; the sentence before says who acts.
            last = subject;
        }
        return last?.As(how) ?? ResolvedSpeaker.Nobody;
    }
}

using Marsad.Quotes.Cues;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Speakers;

/// <summary>
/// The speakers a cue could have, each with the features the <see cref="SpeakerRanker"/> weighs: the rules'
/// choice first (the one a continuation or a pronoun points back to, or the subject they read), then the last few
/// speakers, then the persons and bodies the entity tagger found before the cue (nearest first). One option per
/// speaker key; an option met several ways carries all of them. Features say how the option was met, what it is, how
/// its words look (<see cref="Looks"/>), whether it agrees in gender with the cue, and how far back its latest mention
/// is (words, sentences, paragraphs).
/// </summary>
internal sealed class SpeakerOptions(WordShapes shapes, ArticlePeople people, EntitySpans tagged, ISpeakerKeys keys)
{
    private const int TaggedOptions = 5;
    private const int KnownOptions = 3;

    /// <summary>Room for an option's features from the start (some twenty), rather than a list grown four times.</summary>
    private const int FeaturesPerOption = 24;

    private readonly Dictionary<int, (ResolvedSpeaker Speaker, string Key, int Version)> madeSpeakers = [];

    /// <summary>
    /// Each speaker's key by its text and kind: every continuation offers the same few speakers again, and making a
    /// key folds the text and allocates as it goes (the keys were a thirtieth of an enriched ingest's garbage).
    /// </summary>
    private readonly Dictionary<(string Text, SpeakerKind Kind), string> madeKeys = [];

    public List<(ResolvedSpeaker Speaker, List<string> Features)> Offer(SpeechCue cue, int cueBefore, ResolvedSpeaker ruled, string path,
        IReadOnlyList<ResolvedSpeaker> recent)
    {
        var options = new List<(ResolvedSpeaker Speaker, List<string> Features, int Mention)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        int Add(ResolvedSpeaker speaker, string how, int mention)
        {
            var key = speaker.Text is null ? "" : KeyOf(speaker.Text, speaker.Kind);
            if (!byKey.TryGetValue(key, out var at))
            {
                at = options.Count;
                byKey[key] = at;
                options.Add((speaker, new List<string>(FeaturesPerOption), mention));
            }
            else if (mention > options[at].Mention)
            {
                options[at] = options[at] with { Mention = mention };
            }
            options[at].Features.Add(how);
            return at;
        }
        Add(ruled, "rule", MentionOf(ruled, cue));
        options[0].Features.Add(FeatureNames.Join("rule:", path));
        for (var r = recent.Count - 1; r >= 0; r--)
        {
            Add(recent[r], FeatureNames.Join("recent:", FeatureNames.Number(recent.Count - 1 - r)), MentionOf(recent[r], cue));
        }
        var mentions = new Dictionary<int, int>();
        var tagged = 0;
        foreach (var (first, last, person) in TaggedBefore(cue.Word))
        {
            var (speaker, key) = TaggedSpeaker(first, last, person);
            var known = byKey.ContainsKey(key);
            if (!known && tagged == TaggedOptions)
            {
                continue;
            }
            tagged += known ? 0 : 1;
            var at = Add(speaker, person ? "tagged:person" : "tagged:body", last);
            mentions[at] = mentions.GetValueOrDefault(at) + 1;
            if (!known)
            {
                options[at].Features.Add(SubjectPlace(first));
                options[at].Features.Add(first > 0 && shapes.IsTitle(first - 1) ? "title-before" : "no-title-before");
            }
        }
        foreach (var (person, mention) in people.MentionedBefore(shapes.Text.Start(cue.Word)).Take(KnownOptions))
        {
            Add(new ResolvedSpeaker(person.Display, SpeakerKind.Person, SpeakerCue.Name, shapes.Text.Start(person.Start), shapes.Text.End(person.End)),
                person.TitleWords.Count > 0 ? "known:titled" : "known", shapes.Text.WordAt(mention));
        }
        var wanted = WantedGender(cue);
        var result = new List<(ResolvedSpeaker, List<string>)>(options.Count);
        for (var i = 0; i < options.Count; i++)
        {
            var (speaker, features, mention) = options[i];
            var agreement = Agreement(wanted, speaker);
            if (i > 0 && agreement == "clashes")
            {
                // وأوضحت ..., مشيرة after البيان: grammar rules out a speaker of the other gender; only the rules' choice is kept whatever it is.
                continue;
            }
            features.Add("bias");
            Looks(speaker, features);
            var kind = FeatureNames.Of(speaker.Kind);
            var ofKind = FeatureNames.Join("|kind:", kind);
            var form = FeatureNames.Of(cue.Form);
            features.Add(FeatureNames.Join("kind:", kind));
            features.Add(FeatureNames.Join("form:", form, i == 0 ? ":rule" : ""));
            features.Add(FeatureNames.Join("gender:", agreement));
            features.Add(FeatureNames.Join("mentions:", FeatureNames.Number(Math.Min(mentions.GetValueOrDefault(i), 3))));
            Distance(features, mention, cue.Word);
            features.Add(FeatureNames.Join("since-last-cue:", FeatureNames.Of(mention > cueBefore), ofKind));
            var from = Sources(features);
            features.Add(from);
            features.Add(FeatureNames.Join(from, ofKind));
            if (i > 0)
            {
                // Against the rules' choice: what it is, and whether this option was mentioned after it.
                features.Add(FeatureNames.Join("ruled:", FeatureNames.Of(options[0].Speaker.Kind), ofKind));
                features.Add(FeatureNames.Join("nearer:", FeatureNames.Of(mention > options[0].Mention), ofKind));
                features.Add(FeatureNames.Join(FeatureNames.Join("sentences:", SentencesBack(options[0].Mention, cue.Word), "|"),
                    SentencesBack(mention, cue.Word), ofKind));
                features.Add(FeatureNames.Join(FeatureNames.Join("words:", WordsBack(options[0].Mention, cue.Word), "|"),
                    WordsBack(mention, cue.Word), FeatureNames.Join("|form:", form)));
            }
            result.Add((speaker, features));
        }
        return result;
    }

    /// <summary>
    /// How the option's words look where the text names it: whether the tagger reads a person or a body there, how many
    /// words, whether its first word is one the news never or seldom writes in a name, whether a later one is, and
    /// whether the first is an indefinite accusative (تقريرًا). A phrase the rules took for a name (وحماية ممتلكاته، وتفتح
    /// ذاكرتها) looks unlike one, and every continuation after it would follow it.
    /// </summary>
    private void Looks(ResolvedSpeaker speaker, List<string> features)
    {
        if (tagged == EntitySpans.None)
        {
            // Learned only beside the tagger's reading: without entities (Find(text) alone) a common word that is also
            // a name (سفر الغامدي) would look like no name with nothing to say otherwise.
            return;
        }
        if (speaker is not { Start: int start, End: int end } || end <= start)
        {
            features.Add("looks:unplaced");
            return;
        }
        var text = shapes.Text;
        var first = text.WordAt(start);
        var last = text.WordAt(end - 1);
        var kind = FeatureNames.Join("|kind:", FeatureNames.Of(speaker.Kind));
        var taggedAs = tagged.PersonEnd(first) >= 0 ? "person" : tagged.BodyOrPlaceEnd(first) >= 0 ? "body" : "none";
        features.Add(FeatureNames.Join("looks-tagged:", taggedAs, kind));
        features.Add(FeatureNames.Join("looks-words:", FeatureNames.Number(Math.Min(last - first + 1, 5)), kind));
        var shares = shapes.Lexicon.NameShares;
        var folded = text.Folded(first);
        var share = shares.IsNeverAName(folded) ? "never" : shares.IsSeldomAName(folded) ? "seldom" : "open";
        features.Add(FeatureNames.Join("looks-first:", share, kind));
        var laterNever = false;
        for (var k = first + 1; k <= last; k++)
        {
            laterNever |= shares.IsNeverAName(text.Folded(k));
        }
        features.Add(FeatureNames.Join("looks-later-never:", FeatureNames.Of(laterNever), kind));
        var written = text.Display(first);
        var tanwin = written.EndsWith("ًا", StringComparison.Ordinal) || written.EndsWith("اً", StringComparison.Ordinal);
        features.Add(FeatureNames.Join("looks-tanwin:", FeatureNames.Of(tanwin), kind));
    }

    /// <summary>"from:" and how the option was met, each way once, in order (from:recent:0+rule+rule:last).</summary>
    private static string Sources(List<string> features)
    {
        // A handful of ways at most: a reused list sorted in place, rather than a sorted set and a query per option.
        var sources = sourcesScratch ??= new List<string>(8);
        sources.Clear();
        foreach (var feature in features)
        {
            if (IsSource(feature) && !sources.Contains(feature))
            {
                sources.Add(feature);
            }
        }
        sources.Sort(StringComparer.Ordinal);
        var name = "from:";
        var separator = "";
        foreach (var source in sources)
        {
            name = FeatureNames.Join(name, separator, source);
            separator = "+";
        }
        return name;
    }

    [ThreadStatic]
    private static List<string>? sourcesScratch;

    private static bool IsSource(string feature) =>
        feature.StartsWith("rule", StringComparison.Ordinal) || feature.StartsWith("recent", StringComparison.Ordinal)
        || feature.StartsWith("tagged", StringComparison.Ordinal) || feature.StartsWith("known", StringComparison.Ordinal);

    /// <summary>Persons, bodies and places the tagger found before word <paramref name="cue"/>, nearest first.</summary>
    private IEnumerable<(int First, int Last, bool Person)> TaggedBefore(int cue)
    {
        for (var k = cue - 1; k >= 0; k--)
        {
            var end = tagged.PersonEnd(k);
            var person = end >= 0;
            end = person ? end : tagged.BodyOrPlaceEnd(k);
            if (end < 0 || end >= cue)
            {
                continue;
            }
            var first = k;
            while (first > 0 && (person ? tagged.PersonEnd(first - 1) : tagged.BodyOrPlaceEnd(first - 1)) == end)
            {
                first--;
            }
            yield return (first, end, person);
            k = first;
        }
    }

    /// <summary>Where a tagged mention stands: a sentence's or clause's first words are where its subject is.</summary>
    private string SubjectPlace(int first)
    {
        var text = shapes.Text;
        var k = first;
        var steps = 0;
        while (k > 0 && text.Sentence(k - 1) == text.Sentence(first) && !text.StartsClause(k) && steps < 4)
        {
            k--;
            steps++;
        }
        var quoted = text.RunOf(first) >= 0 ? ":quoted" : "";
        var afterCue = first > 0 && shapes.IsCue(first - 1) ? ":aftercue" : "";
        return FeatureNames.Join(FeatureNames.Join("place:", text.StartsClause(k) ? FeatureNames.Number(steps) : "far"), quoted, afterCue);
    }

    /// <summary>
    /// A tagged person, body or place as a speaker, and its key. Every continuation looks back over every mention
    /// before it, so each is made once and kept while the people the article names stay as they were (a person is
    /// shown by the fullest name recorded so far, and cues record more as they are read).
    /// </summary>
    private (ResolvedSpeaker Speaker, string Key) TaggedSpeaker(int first, int last, bool person)
    {
        if (madeSpeakers.TryGetValue(first, out var made) && (!person || made.Version == people.Version))
        {
            return (made.Speaker, made.Key);
        }
        var text = shapes.Text;
        var speaker = person
            ? new ResolvedSpeaker(people.Named(first, last)?.Display ?? text.Phrase(first, last), SpeakerKind.Person, SpeakerCue.Name,
                text.Start(first), text.End(last))
            : new ResolvedSpeaker(text.Phrase(first, last), SpeakerKind.Organization, SpeakerCue.Description, text.Start(first), text.End(last));
        var key = KeyOf(speaker.Text!, speaker.Kind);
        madeSpeakers[first] = (speaker, key, people.Version);
        return (speaker, key);
    }

    private string KeyOf(string text, SpeakerKind kind)
    {
        if (!madeKeys.TryGetValue((text, kind), out var key))
        {
            key = keys.KeyOf(text, kind);
            madeKeys[(text, kind)] = key;
        }
        return key;
    }

    private int MentionOf(ResolvedSpeaker speaker, SpeechCue cue) =>
        speaker.Start is int start && start < shapes.Text.Start(cue.Word) ? shapes.Text.WordAt(start) : -1;

    private void Distance(List<string> features, int mention, int cue)
    {
        if (mention < 0)
        {
            features.Add("distance:none");
            return;
        }
        features.Add(FeatureNames.Join("words:", WordsBack(mention, cue)));
        features.Add(FeatureNames.Join("sentences:", SentencesBack(mention, cue)));
        features.Add(FeatureNames.Join("paragraphs:", FeatureNames.Number(Math.Min(shapes.Text.Paragraph(cue) - shapes.Text.Paragraph(mention), 2))));
    }

    private static string WordsBack(int mention, int cue) => (cue - mention) switch
    {
        _ when mention < 0 => "none",
        <= 3 => "3",
        <= 10 => "10",
        <= 25 => "25",
        <= 60 => "60",
        <= 150 => "150",
        _ => "more",
    };

    private string SentencesBack(int mention, int cue) =>
        mention < 0 ? "none" : FeatureNames.Number(Math.Min(shapes.Text.Sentence(cue) - shapes.Text.Sentence(mention), 3));

    private GrammaticalGender.Gender WantedGender(SpeechCue cue)
    {
        var folded = shapes.Text.Folded(cue.Word);
        return cue.Form switch
        {
            CueForm.Participle => GrammaticalGender.OfParticiple(folded),
            CueForm.Verb => folded.EndsWith('ت') ? GrammaticalGender.Gender.Feminine : GrammaticalGender.Gender.Masculine,
            _ => GrammaticalGender.Gender.Either,
        };
    }

    private static string Agreement(GrammaticalGender.Gender wanted, ResolvedSpeaker speaker)
    {
        var has = GrammaticalGender.OfSpeaker(speaker);
        return wanted == GrammaticalGender.Gender.Either || has == GrammaticalGender.Gender.Either ? "either"
            : wanted == has ? "agrees" : "clashes";
    }
}

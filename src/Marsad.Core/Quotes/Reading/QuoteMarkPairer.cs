using System.Buffers;
using Marsad.Quotes.Vocabulary;

namespace Marsad.Quotes.Reading;

/// <summary>
/// Pairs the quote marks of a paragraph. Arabic news mixes «», "" and “” and often writes them mirrored (»...»,
/// ”...”, « داعش «), so a mark's role is read from what touches it: a word after and none before opens, a word
/// before and none after closes; a mark loose on both sides opens when outside a quotation and closes inside
/// one, unless two closing marks follow (صحيفة " سبق" ... " is a name quoted inside a quotation).
/// </summary>
internal static class QuoteMarkPairer
{
    private enum Role { Opens, Closes, Either }

    private const int MirroredNameLength = 30;

    private static readonly string[] Families = ["\"", "\u201C\u201D\u201E", "\u00AB\u00BB"];

    /// <summary>Each family's marks as a vectorized search: most of a paragraph is no mark at all.</summary>
    private static readonly SearchValues<char>[] FamilyMarks = [.. Families.Select(family => SearchValues.Create(family))];

    public static void Pair(string text, int paragraphStart, int paragraphEnd, List<QuotedRun> runs)
    {
        var paired = new List<QuotedRun>();
        var strayCloses = new List<int>();
        for (var f = 0; f < Families.Length; f++)
        {
            var marks = new List<(int Position, Role Role)>();
            for (var i = paragraphStart; i < paragraphEnd; i++)
            {
                var next = text.AsSpan(i, paragraphEnd - i).IndexOfAny(FamilyMarks[f]);
                if (next < 0)
                {
                    break;
                }
                i += next;
                marks.Add((i, RoleOf(text, i, paragraphStart, paragraphEnd)));
            }
            PairMarks(text, marks, paragraphEnd, paired, strayCloses, straight: f == 0);
        }
        foreach (var run in paired)
        {
            runs.Add(run.Closed ? run : ClosedByOtherFamily(text, run, paired, strayCloses) ?? run);
        }
    }

    /// <summary>
    /// إن "المتهمين ... بحقهم». وأضافت: a quotation opened with one family's mark and closed with another's. An
    /// unclosed run ends at the first closing mark of another family that closes nothing, when no other quotation
    /// starts before it.
    /// </summary>
    private static QuotedRun? ClosedByOtherFamily(string text, QuotedRun run, List<QuotedRun> paired, List<int> strayCloses)
    {
        var close = strayCloses.Where(p => p > run.Open && !SameFamily(text[p], text[run.Open])).DefaultIfEmpty(-1).Min();
        if (close < 0 || paired.Any(other => other.Open > run.Open && other.Open < close))
        {
            return null;
        }
        strayCloses.Remove(close);
        return Run(text, run.Open, close, closed: true);
    }

    private static bool SameFamily(char a, char b) => Families.Any(f => f.Contains(a, StringComparison.Ordinal) && f.Contains(b, StringComparison.Ordinal));

    private static void PairMarks(string text, List<(int Position, Role Role)> marks, int paragraphEnd, List<QuotedRun> runs,
        List<int> strayCloses, bool straight)
    {
        var depth = 0;
        var open = -1;
        for (var k = 0; k < marks.Count; k++)
        {
            var (position, role) = marks[k];
            if (depth == 0)
            {
                if (role != Role.Closes)
                {
                    (depth, open) = (1, position);
                }
                else
                {
                    strayCloses.Add(position);
                }
                continue;
            }
            if ((straight || AfterColon(text, position)) && depth == 1 && role == Role.Opens && SentenceEndsBetween(text, open, position))
            {
                // وهي "العريكة والسمن، ... وغيرها. ... ولبس "الثوب العسيري": a straight mark opening a name after the
                // sentence the one before it opened has ended: that one was never closed, and its quotation runs to
                // here, not to the paragraph's end. Close by, a straight mark may nest (قائلًا: "تنظيم "داعش"، ...).
                // Any mark does so when it opens words after a colon (أن «حديث ... به. وقال في تصريح أمس: «أطل). The
                // unclosed one ends with its last sentence: what follows is the narrator's, who speaks next.
                runs.Add(Run(text, open, LastSentenceEnd(text, open, position), closed: false));
                open = position;
                continue;
            }
            var nests = (role == Role.Opens && !ClosesMirroredName(text, open, position))
                || (role == Role.Either && depth == 1 && k + 2 < marks.Count
                    && marks[k + 1].Role != Role.Opens && marks[k + 2].Role != Role.Opens);
            depth += nests ? 1 : -1;
            if (depth == 0)
            {
                runs.Add(Run(text, open, position, closed: true));
            }
        }
        if (depth > 0)
        {
            runs.Add(Run(text, open, NarratorSpeaksAfter(text, open, paragraphEnd), closed: false));
        }
    }

    /// <summary>
    /// بزيادة بلغت 6 في المائة "وباشر الإسعاف ... العام الماضي. وأفاد السهلي أن: a mark never closed runs to the end
    /// of its paragraph, unless a later sentence opens with a verb of saying: the narrator speaks there, so the
    /// quotation ended with the sentence before it. Scripture cited inside (وقال تعالى، وقال صلى الله عليه وسلم) is
    /// the quoted speaker's, not the narrator's. Marks are paired before the words are read, so the verb is asked of
    /// the default lexicon.
    /// </summary>
    private static int NarratorSpeaksAfter(string text, int open, int paragraphEnd)
    {
        for (var i = open + 1; i < paragraphEnd - 1; i++)
        {
            if (EndsSentenceAt(text, i) && OpensWithSpeechVerb(text, i + 1, paragraphEnd))
            {
                return i + 1;
            }
        }
        return paragraphEnd;
    }

    private static bool OpensWithSpeechVerb(string text, int from, int paragraphEnd)
    {
        var (start, end) = NextWord(text, from, paragraphEnd);
        if (end == start || QuoteLexicon.Default.Cue(FoldedForms.Of(text.AsSpan(start, end - start))) is not { Form: CueForm.Verb })
        {
            return false;
        }
        var (afterStart, afterEnd) = NextWord(text, end, paragraphEnd);
        return !Scripture.Contains(FoldedForms.Of(text.AsSpan(afterStart, afterEnd - afterStart)));
    }

    /// <summary>The start and end of the word at or after <paramref name="from"/>; both the same when none.</summary>
    private static (int Start, int End) NextWord(string text, int from, int paragraphEnd)
    {
        while (from < paragraphEnd && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        var end = from;
        while (end < paragraphEnd && Text.ArabicLetters.IsWordChar(text[end]))
        {
            end++;
        }
        return (from, end);
    }

    /// <summary>Who a sermon's verbs of saying cite: God and the Prophet.</summary>
    private static readonly FoldedWords Scripture = new([.. SubjectWords.GodsEpithets, "الله", "النبي", "الرسول", "رسول", "صلى"]);

    private static bool AfterColon(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i >= 0 && text[i] == ':';
    }

    /// <summary>
    /// A full stop (or ! ? ؟) that a space follows, or a full stop an Arabic letter follows straight after a word of
    /// three letters or more (هذه القضايا.من جانبه: a space the outlet dropped; not د.عبدالله, an abbreviated title).
    /// </summary>
    private static bool EndsSentenceAt(string text, int i) =>
        text[i] is '.' or '!' or '?' or '\u061F' && (char.IsWhiteSpace(text[i + 1]) || (text[i] == '.' && StopWithoutSpace(text, i)));

    private static bool StopWithoutSpace(string text, int i) =>
        i >= 3 && Text.ArabicLetters.IsArabicLetter(text[i + 1])
        && Text.ArabicLetters.IsArabicLetter(text[i - 1]) && Text.ArabicLetters.IsArabicLetter(text[i - 2]) && Text.ArabicLetters.IsArabicLetter(text[i - 3]);

    private static bool SentenceEndsBetween(string text, int from, int to) => LastSentenceEnd(text, from, to) < to;

    /// <summary>Just past the last full stop (or ! ?) between two marks that a space follows; the second mark when none.</summary>
    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = to - 2; i > from; i--)
        {
            if (EndsSentenceAt(text, i))
            {
                return i + 1;
            }
        }
        return to;
    }

    /// <summary>
    /// « داعش « : the same mark, loose on both sides, a few characters after an opening one, closes a name written
    /// with mirrored marks rather than opening a quotation inside it.
    /// </summary>
    private static bool ClosesMirroredName(string text, int open, int position) =>
        text[position] == text[open] && position - open <= MirroredNameLength
        && position > 0 && char.IsWhiteSpace(text[position - 1])
        && (position + 1 == text.Length || char.IsWhiteSpace(text[position + 1]));

    private static Role RoleOf(string text, int i, int start, int end)
    {
        // لـ"الوطن": a mark right after the preposition's tatweel opens the name it is joined to.
        var wordBefore = i > start && EndsWords(text[i - 1]) && !(text[i - 1] == '\u0640' && i > start + 1 && text[i - 2] == 'ل');
        var wordAfter = i + 1 < end && Text.ArabicLetters.IsWordChar(text[i + 1]);
        return (wordBefore, wordAfter) switch
        {
            (false, true) => Role.Opens,
            (true, false) => Role.Closes,
            // Guillemets lean their own way when nothing touches them.
            _ when text[i] == '\u00AB' => Role.Opens,
            _ when text[i] == '\u00BB' && !wordAfter => Role.Closes,
            _ => Role.Either,
        };
    }

    /// <summary>Letters and digits, and the marks a quotation's last words end with (…به؟!" closes).</summary>
    private static bool EndsWords(char c) => Text.ArabicLetters.IsWordChar(c) || c is '.' or '!' or '?' or '\u061F' or ')';

    private static QuotedRun Run(string text, int open, int close, bool closed)
    {
        var from = open + 1;
        var to = close;
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return new QuotedRun(open, close, from, to, closed);
    }
}

using System.Text.RegularExpressions;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Requests;

/// <summary>What the request's own sentences say about numbers: a sentence that asks to port one more number
/// beside a labelled list ("Please also port our second line, 778-…"), and the part of a sentence that keeps a
/// number with the carrier ("we are keeping our fax line 416-… with Bell", "sauf le 514-…").</summary>
internal static partial class NumberSentences
{
    /// <summary>Numbers of unlabelled sentences of <paramref name="requestBody"/> that ask to port them too.</summary>
    public static IEnumerable<RequestedNumber> AskedToPort(string requestBody)
    {
        foreach (var line in MessageText.Lines(requestBody))
        {
            if (LabelledFieldReader.TrySplit(line, out _, out _))
            {
                continue;
            }

            foreach (var sentence in MessageText.Sentences(line))
            {
                if (PortVerb().IsMatch(sentence) && AlsoWord().IsMatch(sentence) && !ContactWords().IsMatch(sentence))
                {
                    foreach (var number in PhoneNumberFinder.Find(WithoutKeptPart(sentence)))
                    {
                        yield return number;
                    }
                }
            }
        }
    }

    /// <summary>The text with what follows a "keep it with the carrier" phrase cut from each sentence: the
    /// numbers written after it are not to be ported.</summary>
    public static string WithoutKeptNumbers(string text) =>
        string.Join('\n', MessageText.Lines(text).Select(line => string.Join(' ', MessageText.Sentences(line).Select(WithoutKeptPart))));

    // A phrase that leads the numbers it keeps ("keeping … with Bell", "except", "do not port") cuts the sentence
    // where it starts; one said of a number written before it ("… is staying with Bell", "… reste chez Bell")
    // cuts from the start of that clause.
    /// <summary>In a stated list ("418 723-6650, 6651 et 6652"), an item of four digits alone is the line of a
    /// number sharing the area code and exchange of the whole number before it.</summary>
    public static IEnumerable<RequestedNumber> LineTails(IEnumerable<string> items)
    {
        string? previous = null;
        foreach (var item in items)
        {
            var trimmed = item.Trim().TrimEnd('.', ';');
            if (previous is not null && trimmed.Length == 4 && trimmed.All(char.IsAsciiDigit))
            {
                previous = previous[..6] + trimmed;
                yield return NanpNumberClassifier.Classify(previous);
                continue;
            }

            var whole = PhoneNumberFinder.Find(trimmed).LastOrDefault(number => number.Number.Length == 12 && number.Number.StartsWith("+1", StringComparison.Ordinal));
            previous = whole?.Number[2..];
        }
    }

    /// <summary>Whether the text keeps a number with the carrier rather than asking to port it.</summary>
    public static bool Keeps(string text) => KeptPhrase().IsMatch(text);

    private static string WithoutKeptPart(string sentence)
    {
        var kept = KeptPhrase().Match(sentence);
        if (!kept.Success)
        {
            return sentence;
        }

        var before = kept.Groups["said"].Success
            ? sentence[..(ClauseBreak().Matches(sentence[..kept.Index]).LastOrDefault()?.Index ?? 0)]
            : sentence[..kept.Index];

        // "We did not port these before, please port 416-…": a later clause that asks to port is asked again.
        var end = kept.Index + kept.Length;
        var nextClause = ClauseBreak().Match(sentence, end);
        var rest = nextClause.Success ? sentence[(nextClause.Index + nextClause.Length)..] : "";
        return PortVerb().IsMatch(rest) && !KeptPhrase().IsMatch(rest) ? before + " " + rest : before;
    }

    [GeneratedRegex(
        @"\b(?:port|porting|ported|transfer|transferring|move|moving|porter|transf[ée]rer|transf[ée]rez|d[ée]placer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortVerb();

    [GeneratedRegex(
        @"\b(?:call|calling|reach|contact|text\s+me|questions?|joindre|rejoindre|appel(?:ez|er)|communiquer|composez|dial|keep|keeping|not|n['’]t|except|excluding|sauf|conserv\w*|gard\w*|pas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactWords();

    // "keeping … with Bell" (not "with Twilio": that is the port), "not port", "except", "sauf", "conserver … chez";
    // said of a number before it: "staying with", "remains with", "reste chez", "ne sera pas transféré".
    [GeneratedRegex(
        @"(?:\b(?:keep|keeping|retain|retaining)\b[^.;]{0,60}?\bwith\s+(?!twilio\b)\p{L}|(?:\bnot|n['’]t)(?:\s+(?:want|wish|need|plan|intend)\s+to|\s+be)?\s+(?:port|transfer)\w*|\b(?:except|excluding|sauf)\b|\b(?:conserv|gard)\w*\b[^.;]{0,60}?\bchez\b|(?<said>\b(?:stay|stays|staying|remain|remains|remaining)\s+with\b|\brest\w*\s+chez\b|\bne\s+(?:sera|seront|doit|doivent)\s+pas\s+(?:[\p{L}]+\s+)?transf))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeptPhrase();

    [GeneratedRegex(@"[,;]|\b(?:and|but|et|mais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        @"\b(?:also|as\s+well|too|additionally|in\s+addition|aussi|[ée]galement|de\s+plus|en\s+plus)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlsoWord();
}

using System.Text.RegularExpressions;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Requests;

/// <summary>Locates, in one text, the raw text the sender gave for each field (before any parsing):
/// labelled fields first, then plain English or French sentences.</summary>
internal sealed partial class RequestTextLocator
{
    private readonly string[] _lines;

    public RequestTextLocator(string? text)
    {
        _lines = HeaderRowTable.Expand(AccountNumberColumns.Blank(MessageText.Lines(text)));
        Fields = LabelledFieldReader.Read(_lines);
        Paragraphs = MessageText.Paragraphs(_lines);
        Text = string.Join('\n', _lines);
    }

    public IReadOnlyList<LabelledField> Fields { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string Text { get; }

    public AccountSidFinding AccountSid() => AccountSidLocator.Find(Text, Fields);

    /// <summary>The name as written ("Étienne Bergeron"), or null when the text names no authorized user.
    /// The signature under a closing is not taken: a sender is not the authorized user unless said so.</summary>
    public IEnumerable<string> AuthorizedUserCandidates()
    {
        // "moi-même" is the sender, not a person called so.
        foreach (var field in Fields.Where(field => field.Kind == FieldKind.AuthorizedUser && !Myself().IsMatch(field.Value.Trim())))
        {
            if (CleanName(field.Value) is { } name)
            {
                yield return name;
            }
            else if (WrappedName(field) is { } wrapped)
            {
                yield return wrapped;
            }
        }

        foreach (var paragraph in MessageText.FormParagraphs(_lines))
        {
            foreach (var pattern in new[] { UserIsName(), NameIsUser(), MyNameIsAuthorized(), InTheNameOf(), SelfNamed() })
            {
                foreach (var match in MessageText.SafeMatches(pattern, paragraph))
                {
                    if (CleanName(match.Groups["name"].Value) is { } name)
                    {
                        yield return name;
                    }
                }
            }
        }

        // "my client Tom Nakamura, owner of Nakamura Cycles": a role set beside the name by a comma, in the
        // request's own sentences (under a closing, "Jane Doe, Owner" is a signature, which names no user).
        foreach (var paragraph in MessageText.FormParagraphs(MessageText.Lines(MessageText.RequestBody(_lines))))
        {
            foreach (var match in MessageText.SafeMatches(NameCommaRole(), paragraph))
            {
                if (CleanName(match.Groups["name"].Value) is { } name)
                {
                    yield return name;
                }
            }
        }

        foreach (var name in SplitNameFields.Read(MessageText.Lines(MessageText.RequestBody(_lines))))
        {
            if (CleanName(name) is { } joined)
            {
                yield return joined;
            }
        }

        // A form's plain "Name:" ("Nom :", "Full name:") in the request's own lines, when nothing says who the
        // authorized user is: the person the request is for.
        // Its value may stand on the line under it ("Nom du responsable :" / "Frédéric Yip"), as a table or a form
        // turned into text gives it.
        var bodyLines = MessageText.Lines(MessageText.RequestBody(_lines));
        for (var i = 0; i < bodyLines.Length; i++)
        {
            if (LabelledFieldReader.TrySplit(bodyLines[i], out var label, out var value)
                && LabelledFieldReader.IsPersonNameLabel(label)
                && (value.Length > 0 ? value : LabelledFieldReader.ValueUnder(bodyLines, i)) is { Length: > 0 } written
                && CleanName(written) is { } named)
            {
                yield return named;
            }
        }

        // "Company: Bélanger Plomberie Inc." / "Attn: André Bélanger" ("a/s de", "À l'attention de"): the person a
        // business's request is addressed from, when nothing says who the authorized user is.
        foreach (var line in MessageText.Lines(MessageText.RequestBody(_lines)))
        {
            if (AttentionLine.TrySplit(line.Trim(), out var rest) && CleanName(rest) is { } attention)
            {
                yield return attention;
            }
        }

        // "I am the authorized user" (or "Authorized user: myself"): then the name signed under the closing is it.
        // In a forward, "myself" is whoever wrote the forwarded message: the name signed under its own closing.
        var selfField = Fields.FirstOrDefault(field => field.Kind == FieldKind.AuthorizedUser && Myself().IsMatch(field.Value.Trim()));
        var saysSelf = selfField is not null || Paragraphs.Any(paragraph => SenderIsAuthorized().IsMatch(paragraph));
        if (saysSelf && (SignatureName() ?? (selfField is null ? null : SignatureName(selfField.LineIndex))) is { } signed)
        {
            yield return signed;
        }

        if (OwnerSignature.Name(_lines) is { } owner)
        {
            yield return owner;
        }
    }

    /// <summary>"Authorized user: Jean-Philippe" with "Bouchard-Lavoie" alone on the next line: a name broken after its
    /// first word. Only a single word is completed, and only by a short line that is no field of its own.</summary>
    private string? WrappedName(LabelledField field)
    {
        var head = field.Value.Split('\n')[0].Trim();
        if (head.Length == 0 || head.Contains(' ', StringComparison.Ordinal) || field.LineIndex + 1 >= _lines.Length)
        {
            return null;
        }

        var next = _lines[field.LineIndex + 1].Trim();
        if (next.Length == 0 || next.Contains(':', StringComparison.Ordinal) || next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
        {
            return null;
        }

        return CleanName(head + " " + next);
    }

    /// <summary>The first line under the first closing ("Thanks,") from line <paramref name="from"/> on, when it reads as
    /// a person's name.</summary>
    internal string? SignatureName(int from = 0)
    {
        for (var i = from; i < _lines.Length; i++)
        {
            if (MessageText.IsQuoteHeader(_lines[i]))
            {
                return null;
            }

            if (!MessageText.IsClosing(_lines[i]))
            {
                continue;
            }

            var next = _lines.Skip(i + 1).FirstOrDefault(line => !MessageText.IsBlank(line));
            return next is null ? null : CleanName(next.Trim());
        }

        return null;
    }

    /// <summary>The service address as written (lines joined by <c>\n</c>), best candidate first.</summary>
    public IEnumerable<string> ServiceAddressCandidates()
    {
        // A labelled street whose city, province and postal code have fields of their own is the address they
        // make together.
        var fromParts = AddressPartsReader.Read(MessageText.Lines(MessageText.RequestBody(_lines)));
        // The labelled street's field may have run on over the part fields under it: its first line settles it.
        string Whole(string value) =>
            fromParts is not null && fromParts.StartsWith(value.Trim().Split('\n')[0].Trim() + "\n", StringComparison.Ordinal) ? fromParts : value;

        foreach (var field in Fields.Where(field => field.Kind == FieldKind.ServiceAddress && field.Value.Length > 0))
        {
            yield return Whole(field.Value);
        }

        foreach (var paragraph in Paragraphs)
        {
            foreach (var match in MessageText.SafeMatches(AddressSentence(), paragraph))
            {
                if (CutAddressSentence(match.Groups["address"].Value) is { } address)
                {
                    yield return address;
                }
            }
        }

        if (fromParts is not null)
        {
            yield return fromParts;
        }

        foreach (var field in Fields.Where(field => field.Kind == FieldKind.Address && field.Value.Length > 0 && !field.InSignature))
        {
            yield return field.Value;
        }

        // "I'm Jane Doe, owner of Acme at 12 Main St, Moncton NB E1C 1A1": a place the sender's own sentences
        // put the business at, with a postal code to end it; a signature's head office is not one of them.
        foreach (var paragraph in MessageText.Paragraphs(MessageText.Lines(MessageText.RequestBody(_lines))))
        {
            foreach (var match in MessageText.SafeMatches(AtAddress(), paragraph))
            {
                var text = match.Groups["address"].Value;
                if (LabelledFieldReader.PostalCode().IsMatch(text) && CutAddressSentence(text) is { } address)
                {
                    yield return address;
                }
            }
        }

        // An "Address:" under the closing is the sender's own (an office, a consultant's): the last resort.
        foreach (var field in Fields.Where(field => field.Kind == FieldKind.Address && field.Value.Length > 0 && field.InSignature))
        {
            yield return field.Value;
        }
    }

    /// <summary>The numbers requested: those under a numbers label when there is one (and those sentences ask to
    /// port), else every number of the request's own text (signatures, contact lines, "call us" sentences and
    /// numbers kept with the carrier left out); plus the
    /// items of a stated list that are shaped like numbers but are not valid ones ("416-320-413").</summary>
    public IReadOnlyList<RequestedNumber> Numbers()
    {
        var lists = Fields.Where(field => field.Kind == FieldKind.Numbers).Select(field => field.Value).ToList();
        var fromSentences = lists.Count == 0;
        IReadOnlyList<RequestedNumber> found = [];
        if (lists.Count > 0)
        {
            found = PhoneNumberFinder.Find(string.Join('\n', lists));
            if (found.Count > 0)
            {
                // Beside the list, a sentence may ask for one more ("Please also port our fax line, 416-…").
                found = found.Concat(NumberSentences.AskedToPort(MessageText.RequestBody(_lines))).DistinctBy(number => number.Number).ToList();
            }
        }
        else
        {
            lists = Paragraphs
                .SelectMany(paragraph => MessageText.SafeMatches(NumbersSentence(), paragraph))
                .Select(match => match.Groups["list"].Value)
                .ToList();
        }

        if (found.Count == 0)
        {
            found = PhoneNumberFinder.Find(NumberSentences.WithoutKeptNumbers(MessageText.RequestBody(_lines)));

            // A sentence naming the numbers is read with its lines joined: a client wrapping the text may
            // have set a number's area code at the end of one line and the rest on the next.
            // Read from the request's own lines, so that "My number is 647-…" stays the sender's contact.
            if (lists.Count > 0 && fromSentences)
            {
                var ownLists = MessageText.Paragraphs(MessageText.Lines(MessageText.RequestBody(_lines)))
                    .SelectMany(paragraph => MessageText.SafeMatches(NumbersSentence(), paragraph))
                    .Select(match => match.Groups["list"].Value);
                found = found.Concat(PhoneNumberFinder.Find(NumberSentences.WithoutKeptNumbers(string.Join('\n', ownLists))))
                    .DistinctBy(number => number.Number).ToList();
            }
        }

        var items = lists.SelectMany(list => ListSeparator().Split(list)).Select(MessageText.Unbulleted).ToList();
        var malformed = items.Select(PhoneNumberFinder.MalformedListItem).OfType<RequestedNumber>();
        return found.Concat(NumberSentences.LineTails(items)).Concat(malformed).DistinctBy(number => number.Number).ToList();
    }

    internal static string? CleanName(string raw)
    {
        if (raw.Length > 200)
        {
            return null;
        }

        var name = EmailOrBracket().Replace(raw, " ");
        name = MessageText.WithoutParentheticals(name);
        name = RoleAfterSeparator().Replace(name, "");
        name = Title().Replace(name.Trim(), "");
        name = name.Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (name.Length is < 3 or > 80 || name.Any(char.IsDigit) || !char.IsLetter(name[0])
            || name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length < 2
            || NotAPersonName().IsMatch(name))
        {
            return null;
        }

        return name;
    }

    internal static string? CutAddressSentence(string raw)
    {
        var text = raw.Trim();
        var postal = LabelledFieldReader.PostalCode().Match(text);
        if (postal.Success)
        {
            text = text[..(postal.Index + postal.Length)];
        }
        else
        {
            var end = SentenceEndAfterAddress().Match(text);
            if (end.Success)
            {
                text = text[..end.Index];
            }
        }

        text = text.Trim().TrimEnd('.', ',', ';').Trim();
        return text.Length >= 5 && text.Any(char.IsDigit) ? text : null;
    }

    private const string Name =
        @"(?<![\p{L}\p{N}'’\-])(?<name>(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]{1,30})(?:[ ]{1,3}(?:(?:de|du|des|van|von|der|den|da|di|le|la|del|della|dos|ben|bin|al)[ ]{1,3}){0,2}(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]{1,30})){1,3})(?![\p{L}'’\-])";

    private const string Honorific = @"(?:(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Monsieur|Madame)\.?[ ]{1,3})?";

    [GeneratedRegex(
        @"(?i:\b(?:authori[sz]ed\s+(?:user|person|contact|signatory|signer|representative)|account\s+(?:holder|owner)|(?:business\s+)?owner|titulaire(?:\s+autoris[ée]e?)?|personne\s+autoris[ée]e|repr[ée]sentante?\s+autoris[ée]e?|propri[ée]taire)(?:['’]s\s+name)?(?:\s+(?:on|of|for|du|de|au)\s+(?:the\s+|our\s+|this\s+|my\s+|notre\s+|ce\s+)?(?:twilio\s+)?(?:account|compte|dossier)(?:\s+twilio)?)?(?:\s+(?:is|will\s+be|est|sera)\s+|\s*[:\-–]\s*|\s*\(\s*))" +
        Honorific + Name,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UserIsName();

    [GeneratedRegex(
        Honorific + Name + @"(?i:(?:,?\s+(?:is|will\s+be|est|sera)\s+(?:the|our|le|la|notre)|\s*\(\s*(?:the\s+|our\s+|le\s+|la\s+)?)\s*(?:authori[sz]ed\s+(?:user|person|signatory|contact)|account\s+(?:holder|owner)|owner|titulaire|personne\s+autoris|propri[ée]taire)|\s*\(\s*(?:authori[sz]ed|autoris[ée]e?)\s*\))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameIsUser();

    [GeneratedRegex(
        @"(?i:\b(?:my\s+name\s+is|je\s+m['’]appelle|je\s+suis|i\s+am|i['’]m)\s+)" + Honorific + Name +
        @"(?=(?i:[^.]{0,40}\b(?:authori[sz]ed|account\s+(?:holder|owner)|(?:business\s+)?owner|owns?\s+(?:the\s+|this\s+|our\s+|my\s+)?(?:account|business|company|lines?|numbers?)|titulaire|autoris[ée]e?|propri[ée]taire)))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MyNameIsAuthorized();

    [GeneratedRegex(
        Honorific + Name + @",\s*(?i:(?:the\s+|our\s+|le\s+|la\s+|l['’])?(?:authori[sz]ed\s+(?:user|signatory)|account\s+(?:holder|owner)|(?:business\s+)?owner|titulaire|propri[ée]taire)\b(?!['’]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameCommaRole();

    // "On behalf of Acme Bakery, I (Jane Doe) ask ...", "Au nom de ..., je (Jeanne Roy) demande ...", "I, Jane Doe, authorize
    // ...": the sender names themself as the one who asks or authorizes for the account.
    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{N}])(?:I|(?i:je|j['’]))\s*\(\s*" + Honorific + Name + @"\s*\)|\bI,\s+" + Honorific + Name + @",\s+(?i:(?:hereby\s+)?(?:authori[sz]e|request|ask|confirm|certify)\b))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SelfNamed();

    // "The account is in the name of Jane Doe", "The lines are registered to Jane Doe", "Le compte est au nom de
    // Jean Roy", "Les lignes appartiennent à Jean Roy": who holds the account.
    [GeneratedRegex(
        @"(?i:\b(?:(?:is|are)\s+(?:registered\s+|held\s+|listed\s+)?(?:in|under)\s+(?:the\s+)?name\s+of\s+|(?:is|are)\s+(?:(?:registered|listed|held)\s+(?:to|under|by)|owned\s+by)\s+|(?:est|sont)\s+(?:inscrite?s?\s+|enregistr[ée]e?s?\s+)?(?:au|sous\s+le)\s+nom\s+(?:de\s+|d['’])|appartien(?:t|nent)\s+[àa]\s+))" +
        Honorific + Name,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InTheNameOf();

    [GeneratedRegex(
        @"(?i:\b(?:(?:the|our)\s+)?(?:service|installation|site|civic|physical)\s+(?:address|location)(?:\s+(?:is|will\s+be)\s*:?|\s*[:\-–])\s+|\b(?:l['’]|notre\s+)adresse\s+(?:de|du)\s+(?:service|l['’]installation|site)\s+(?:est|sera)\s*:?\s+(?:(?:le|la|au|à)\s+)?|\b(?:(?:we\s+are|(?:our\s+)?(?:business|office|service)\s+is)\s+located\s+at|nous\s+sommes\s+situ[ée]s\s+au|service\s+is\s+at)\s+)(?<address>[^\n]{5,300})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddressSentence();

    [GeneratedRegex(
        @"(?i:\b(?:at|au|located\s+at|based\s+at|situ[ée]e?s?\s+au|sis(?:e|es)?\s+au)\s+)(?<address>(?i:(?:app|appt|appartement|apt|bureau|local|suite|unit|unit[ée])\.?\s*#?\d{1,6}[A-Za-z]?,?\s+)?\d{1,6}(?:-\d{1,6})?[A-Za-z]?,?\s+(?:\d{1,3}(?i:st|nd|rd|th|e|er|re)?\s+(?=(?i:st|street|ave|avenue|av|rd|road|dr|drive|rue|boul|boulevard|blvd)\b))?\p{L}[^\n]{3,200})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtAddress();

    [GeneratedRegex(@"\.\s+(?=(?:I|We|Our|The|Please|Thanks|Thank|All|Nous|Vous|Je|Merci|Veuillez|Le|La|Les|Il|Elle|Notre)\b)|\.\s*$")]
    private static partial Regex SentenceEndAfterAddress();


    [GeneratedRegex(@"^(?i:me|myself|moi|moi-m[êe]me|self|the\s+sender|sender|l['’]exp[ée]diteur|(?:the\s+)?undersigned|le\s+soussign[ée]|la\s+soussign[ée]e)\.?$")]
    private static partial Regex Myself();

    [GeneratedRegex(
        @"(?i:\b(?:i\s+am|i['’]m|je\s+suis)\s+(?:the\s+|an\s+|le\s+|la\s+|l['’])?(?:authori[sz]ed\s+(?:user|person|signatory|contact|representative)|account\s+(?:holder|owner)|(?:business\s+)?owner|titulaire|propri[ée]taire|personne\s+autoris[ée]e|repr[ée]sentante?\s+autoris[ée]e?))",
        RegexOptions.CultureInvariant)]
    private static partial Regex SenderIsAuthorized();

    [GeneratedRegex(
        @"(?i:\b(?:numbers?|num[ée]ros?)(?:\s+to\s+port|\s+[àa]\s+transf[ée]rer)?\s+(?:are|is|sont|est)|\bil\s+s['’]agit\s+(?:des?|du)\s+num[ée]ros?)\s*:?\s+(?<list>[^\n]+?)(?=\.\s|\.?$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumbersSentence();

    // Not the slash of "514/286-4417", which only sets the area code apart.
    [GeneratedRegex(@"\n|[,;]\s*|(?<!\b\d{3})/\s*|\s+(?:and|et|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"<[^>]*>|\S+@\S+")]
    private static partial Regex EmailOrBracket();

    [GeneratedRegex(
        @"(?:\s+[-–—|/]\s+.*|,\s*(?i:owner|president|pr[ée]sidente?|ceo|cfo|coo|manager|director|directeur|directrice|g[ée]rante?|propri[ée]taire|administrat\w+|office\s+manager|controller|contr[ôo]leur|partner|associ[ée]e?|vp|vice\b.*|it\b.*|operations\b.*|general\b.*)\b.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfterSeparator();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Monsieur|Madame)\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(
        @"^(?i:n/?a|none|tbd|to\s+follow|see\s+.*|same\s+as\s+.*|voir\s+.*|idem|unknown|inconnu|aucun|accounts?\s+team|the\s+.*|our\s+.*|notre\s+.*|l['’].*)$|\b(?i:team|department|service|services|inc|ltd|corp|llc|lt[ée]e|enr|group|groupe|[ée]quipe|accounts|billing|support)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAPersonName();
}

using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Requests;

/// <summary>Reads "Label: value" fields, with values on the same line or on the lines below (bullets,
/// indentation), in English or French.</summary>
internal static partial class LabelledFieldReader
{
    private const int MaxLeadingBlankLines = 4;
    private const int MaxNumberLines = 500;
    private const int MaxAddressLines = 5;

    public static IReadOnlyList<LabelledField> Read(IReadOnlyList<string> lines)
    {
        var fields = new List<LabelledField>();
        var inSignature = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (MessageText.IsClosing(lines[i]))
            {
                inSignature = true;
            }
            else if (MessageText.IsQuoteHeader(lines[i]))
            {
                inSignature = false;
            }

            string label;
            string value;
            if (!TrySplit(lines[i], out label, out value))
            {
                // A label alone on its line, as a table turned into text gives it; not in a signature,
                // where "Owner" or "Office" under a name is a job title.
                if (inSignature || !TryBareLabel(lines[i], out label) && !TryHeadingWord(lines, i, out label))
                {
                    continue;
                }

                value = "";
            }

            var kind = Classify(label);
            if (kind == FieldKind.Other)
            {
                continue;
            }

            var parts = new List<string>();
            if (value.Length > 0)
            {
                parts.Add(value);
            }

            var next = CollectFollowingLines(lines, i + 1, kind, parts);
            fields.Add(new LabelledField(kind, label, string.Join('\n', parts), i, inSignature));
            if (kind is FieldKind.Numbers or FieldKind.ServiceAddress or FieldKind.Address)
            {
                i = Math.Max(i, next - 1);
            }
        }

        return fields;
    }

    /// <summary>What a label announces, from its words once folded ("Authorized user (owner)" → user).</summary>
    public static FieldKind Classify(string label)
    {
        var folded = MessageText.Fold(MessageText.WithoutParentheticals(label));
        if (folded.Length == 0 || AuthorizationLetter().IsMatch(folded))
        {
            return FieldKind.Other;
        }

        if (SidLabel().IsMatch(folded))
        {
            return FieldKind.AccountSid;
        }

        if (NumberWord().IsMatch(folded) && !NotPortedNumber().IsMatch(folded) && !KeptNumbers().IsMatch(folded)
            && (PortWord().IsMatch(folded) || BareNumbersLabel().IsMatch(folded)))
        {
            return FieldKind.Numbers;
        }

        var mentionsAddress = AddressWord().IsMatch(folded);
        if (!mentionsAddress && AuthorizedPersonLabel().IsMatch(folded) && !NotAName().IsMatch(folded))
        {
            return FieldKind.AuthorizedUser;
        }

        if (ServiceLocationLabel().IsMatch(folded))
        {
            return FieldKind.ServiceAddress;
        }

        if (mentionsAddress && !OtherAddress().IsMatch(folded))
        {
            return ServiceWord().IsMatch(folded) ? FieldKind.ServiceAddress : FieldKind.Address;
        }

        return FieldKind.Other;
    }

    /// <summary>A plain person's-name label ("Name", "Nom", "Contact name", "Nom du responsable").</summary>
    public static bool IsPersonNameLabel(string label) =>
        PersonNameLabel().IsMatch(MessageText.Fold(MessageText.WithoutParentheticals(label)));

    /// <summary>Splits "Label: value" (or "Label | value", "Label  value" for a known label).</summary>
    public static bool TrySplit(string line, out string label, out string value)
    {
        var unbulleted = MessageText.Unbulleted(line).Replace("**", "", StringComparison.Ordinal);
        var match = ColonLabel().Match(unbulleted);
        if (!match.Success)
        {
            match = OtherSeparatorLabel().Match(unbulleted);
            if (!match.Success || Classify(match.Groups["label"].Value) == FieldKind.Other && !IsPersonNameLabel(match.Groups["label"].Value))
            {
                label = value = "";
                return false;
            }
        }

        label = match.Groups["label"].Value.Trim();
        value = match.Groups["value"].Value.Trim();
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    /// <summary>The first non-blank line under a label left empty, unless it is a field of its own.</summary>
    public static string? ValueUnder(IReadOnlyList<string> lines, int labelIndex)
    {
        for (var k = labelIndex + 1; k < lines.Count && k <= labelIndex + 2; k++)
        {
            if (!MessageText.IsBlank(lines[k]))
            {
                var text = MessageText.Unbulleted(lines[k]).Trim();
                return TrySplit(text, out _, out _) ? null : text;
            }
        }

        return null;
    }

    private static bool TryBareLabel(string line, out string label)
    {
        // "Service address -" or "Adresse de service —" with the value on the lines below; a single word
        // ("Address -") only with its separator, which a word of prose alone on its line does not carry.
        var unbulleted = MessageText.Unbulleted(line).Replace("**", "", StringComparison.Ordinal).Trim();
        label = unbulleted.TrimEnd('-', '–', '—', '|', '=', '>', ' ', '\t');
        var minWords = label.Length < unbulleted.Length ? 1 : 2;
        return BareLabel().IsMatch(label)
            && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= minWords
            && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && Classify(label) != FieldKind.Other;
    }

    /// <summary>A one-word label set as a heading ("Propriétaire", "Owner", "Adresse"): alone between a blank line
    /// (or the start) and its value on the very next line. A lone word inside a paragraph stays prose.</summary>
    private static bool TryHeadingWord(IReadOnlyList<string> lines, int index, out string label)
    {
        label = MessageText.Unbulleted(lines[index]).Replace("**", "", StringComparison.Ordinal).Trim();
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1 && BareLabel().IsMatch(label)
            && (index == 0 || MessageText.IsBlank(lines[index - 1]))
            && index + 1 < lines.Count && !MessageText.IsBlank(lines[index + 1])
            && Classify(label) != FieldKind.Other;
    }

    private static int CollectFollowingLines(IReadOnlyList<string> lines, int start, FieldKind kind, List<string> parts)
    {
        var blanks = 0;
        var j = start;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (MessageText.IsBlank(line))
            {
                if (parts.Count == 0 && blanks < MaxLeadingBlankLines)
                {
                    blanks++;
                    continue;
                }

                // A list of numbers may have blank lines between its items (an item, not a paragraph of prose).
                if (kind == FieldKind.Numbers && NextNonBlank(lines, j) is { } next
                    && IsListItemShaped(MessageText.Unbulleted(lines[next]))
                    && Accepts(kind, MessageText.Unbulleted(lines[next]), parts, LabelOn(lines[next])))
                {
                    j = next - 1;
                    continue;
                }

                break;
            }

            if (MessageText.IsClosing(line) || MessageText.IsQuoteHeader(line))
            {
                break;
            }

            var text = MessageText.Unbulleted(line);
            if (!Accepts(kind, text, parts, LabelOn(line)))
            {
                break;
            }

            parts.Add(text);
        }

        return j;
    }

    private static FieldKind? LabelOn(string line) =>
        TrySplit(line, out var label, out _) ? Classify(label)
        : TryBareLabel(line, out var bare) ? Classify(bare)
        : null;

    private static int? NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var k = from + 1; k < lines.Count && k <= from + MaxLeadingBlankLines; k++)
        {
            if (!MessageText.IsBlank(lines[k]))
            {
                return k;
            }
        }

        return null;
    }

    private static bool Accepts(FieldKind kind, string text, List<string> parts, FieldKind? labelOnLine)
    {
        switch (kind)
        {
            case FieldKind.Numbers:
                // "- Main line: 416-…" inside a list is still a number to port; another field's label is not.
                return parts.Count < MaxNumberLines
                    && labelOnLine is null or FieldKind.Other
                    && (IsDescribedItemOfDescribedList(text, parts)
                        || (!MessageText.IsContactLine(text) && !MessageText.IsContactSentence(text) && !ContactLabel().IsMatch(text)))
                    && !MessageText.IsClosing(text)
                    && !(TrySplit(text, out var itemLabel, out _) && KeptNumbers().IsMatch(MessageText.Fold(itemLabel)))
                    && !NumberSentences.Keeps(text)
                    && (PhoneNumberFinder.ContainsNumber(text) || PhoneNumberFinder.MalformedListItem(text) is not null);
            case FieldKind.ServiceAddress or FieldKind.Address:
            {
                // An attention line heads an address as its name lines do ("Attn: Accounts Payable"). A postal code a
                // hard wrap split ("M5H" / "7B2") ends the address as a whole one does.
                string[] unwrapped = parts.Count == 0 ? [] : WrappedAddressLines.Join(string.Join('\n', parts)).Split('\n');
                return (labelOnLine is null || AttentionLine.TrySplit(text, out _))
                    && parts.Count < MaxAddressLines
                    && (!unwrapped.Any(part => PostalCode().IsMatch(part)) || IsProvinceAfterPostalCode(text, unwrapped))
                    && LooksLikeAddressLine(text);
            }
            case FieldKind.AccountSid:
                return labelOnLine is null && parts.Count == 0 && text.Length <= 80;
            case FieldKind.AuthorizedUser:
                return labelOnLine is null && parts.Count == 0 && text.Length <= 60 && !text.Any(char.IsDigit)
                    && !SentenceStart().IsMatch(text) && !MessageText.IsClosing(text)
                    && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;
            default:
                return false;
        }
    }

    /// <summary>"Ontario" on the line under "Mississauga L5R 4P7": the postal code ends an address, but a province
    /// written after it, alone on its line, is still part of it.</summary>
    private static bool IsProvinceAfterPostalCode(string text, string[] parts) =>
        PostalCode().IsMatch(parts[^1]) && Provinces.ToCode(text.Trim().Trim(',', '.', '(', ')')) is not null;

    /// <summary>"Fax: 416-…" under "Main line: 416-…" (or first under "Numbers to port:") in a list of numbers each
    /// with what it is for: the fax line is one of the lines to port, not the sender's fax. Only when every item
    /// so far is such a line (a number on the label's own line is not), and not for a callback, account or
    /// carrier entry.</summary>
    private static bool IsDescribedItemOfDescribedList(string text, List<string> parts) =>
        IsDescribedNumber(text) && parts.All(IsDescribedNumber) && !CallbackLabel().IsMatch(text);

    // An item of a list says which number and perhaps what it is for; a paragraph of more words than this after
    // the list and a blank line ("If you have questions about the port, call me at …") is prose, not an item.
    private const int MaxListItemWords = 8;

    private static bool IsListItemShaped(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetter)) <= MaxListItemWords;

    private static bool IsDescribedNumber(string text)
    {
        var match = DescribedNumber().Match(text);
        return match.Success && PhoneNumberFinder.ContainsNumber(match.Groups["value"].Value);
    }

    // "Ont", "Alta", "boul", "S.W": a full word ("Ontario.") before the period ends a sentence.
    private const int MaxAbbreviationLength = 4;

    private static bool LooksLikeAddressLine(string text)
    {
        if (text.Length > 100 || SentenceStart().IsMatch(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // An address may end on an abbreviation's period ("Toronto, Ont.", "boul. René-Lévesque O."): no sentence end.
        var lastWord = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('.');
        var endsOnAbbreviation = lastWord.Length <= MaxAbbreviationLength
            && (Provinces.ToCode(lastWord) is not null || StreetWords.IsType(lastWord) || StreetWords.IsDirection(lastWord));
        var endsLikeSentence = text.EndsWith('.') && !endsOnAbbreviation || text.EndsWith('!') || text.EndsWith('?');
        return words <= 14 && !(endsLikeSentence && words > 6 && !PostalCode().IsMatch(text));
    }

    // The person in charge ("Nom du responsable") is the request's person when nothing else names one; a field
    // naming the authorized user comes first. A contact ("Contact: …") is someone to reach, not the user.
    [GeneratedRegex(@"^(?:name|full\s+name|your\s+name|customer\s+name|client\s+name|nom|nom\s+complet|votre\s+nom|nom\s+du\s+client|nom\s+et\s+prenom|prenom\s+et\s+nom|nom\s*,?\s*prenom|last\s+name\s*,?\s*first\s+name|surname\s*,?\s*given\s+names?|responsable|nom\s+du\s+responsable|personne\s+responsable)$")]
    private static partial Regex PersonNameLabel();

    [GeneratedRegex(@"^(?<label>\p{L}[^:：\n]{0,60}?)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex ColonLabel();

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}'’ ()]{2,50}?)(?:\s*\|\s*|\s{2,}|\s+[-–—=]\s+)(?<value>\S.*)$")]
    private static partial Regex OtherSeparatorLabel();

    // "Contact phone: …", "Current carrier: … (416-…)", "Account PIN: …" under a list of numbers end the list.
    [GeneratedRegex(@"^[^:\d]{0,40}\b(?:contact|callback|call\s+back|rappel|carrier|fournisseur|account|compte|pin|nip|fax|cell|mobile|email|courriel|joindre)\b[^:\d]{0,40}:", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"^\p{L}[\p{L}'’ ()/.\-]{0,30}?\s*[:：]\s*(?<value>.+)$")]
    private static partial Regex DescribedNumber();

    [GeneratedRegex(@"^[^:\d]{0,40}\b(?:contact|callback|call|reach|rappel|joindre|carrier|fournisseur|account|compte|pin|nip|email|courriel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallbackLabel();

    [GeneratedRegex(@"^\p{L}[\p{L}'’ ()/]{2,50}$")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"\b(?:letter\s+of\s+authori[sz]ation|lettre\s+d\s+autorisation|loa)\b")]
    private static partial Regex AuthorizationLetter();

    [GeneratedRegex(@"\bsid\b|\btwilio\b.*\b(?:account|compte|acct)\b|\b(?:account|compte|acct)\b.*\btwilio\b|\bidentifiant\s+(?:du|de)\s+compte\b")]
    private static partial Regex SidLabel();

    [GeneratedRegex(@"\b(?:numbers?|numeros?|nos|lines?|lignes?|dids?|tns?)\b")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(?:account|compte|invoice|facture|contact|client|customer|reference|ref|case|dossier|order|commande|billing|facturation|callback|rappel|pin|nip|suite|unit|civic|civique)\b")]
    private static partial Regex NotPortedNumber();

    // "Numbers NOT to port", "Lines to keep", "Numéros à conserver": numbers the customer keeps with the carrier.
    [GeneratedRegex(@"\b(?:(?:not|pas)(?:\s+\w+){0,2}\s+(?:port|transf|move)\w*|except|excluding|excluded|sauf|exclus|exclure|keep|keeping|kept|retain|conserver|conserves|garder|gardes|staying|remaining)\b")]
    private static partial Regex KeptNumbers();

    [GeneratedRegex(@"\b(?:port|porting|ported|portability|portabilite|transfer|transferer|transferes?|porter|move|moving)\b")]
    private static partial Regex PortWord();

    [GeneratedRegex(@"^(?:(?:your\s+|our\s+|vos\s+|nos\s+)?(?:(?:phone|telephone|tel)\s+)?(?:numbers|numeros)(?:\s+de\s+telephone)?|lines|lignes|dids|tns|numbers\s+requested|numeros\s+demandes)$")]
    private static partial Regex BareNumbersLabel();

    [GeneratedRegex(@"\b(?:authori[sz]ed|autorisee?|titulaire|owner|holder|proprietaire|signataire|account\s+contact\s+name)\b")]
    private static partial Regex AuthorizedPersonLabel();

    [GeneratedRegex(@"\b(?:phone|telephone|tel|email|e\s+mail|courriel|mail|date|title|titre|signature|number|numero|no|company|entreprise|societe|business\s+name|raison\s+sociale)\b")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\b(?:address|adresse|addr)\b")]
    private static partial Regex AddressWord();

    [GeneratedRegex(@"\b(?:email|e\s+mail|courriel|mail|mailing|billing|facturation|postale|ip|web|site\s+web|website|return)\b")]
    private static partial Regex OtherAddress();

    [GeneratedRegex(@"\b(?:service|installation|site|civic|civique|physical|physique|location|emplacement|lieu|premises)\b")]
    private static partial Regex ServiceWord();

    // A place named alone ("Location:", "Emplacement :", "Lieu :") is where the service is in a port request.
    // Also the start of a sentence that ends its line, the address on the lines below: "We are located at",
    // "Nous sommes situés au".
    [GeneratedRegex(@"^(?:(?:service\s+)?location|emplacement(?:\s+du\s+service)?|lieu(?:\s+du\s+service)?|location\s+of\s+service|(?:service\s+)?site|premises|(?:we\s+are|(?:our\s+)?(?:business|office|store|shop|company)\s+is|nous\s+sommes|(?:notre\s+)?(?:bureau|commerce|entreprise|magasin)\s+est)\s+(?:located|based|situated|situes?|situees?|installes?|installees?)\s+(?:at|in|au|a))$")]
    private static partial Regex ServiceLocationLabel();

    [GeneratedRegex(@"\b[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d\b")]
    internal static partial Regex PostalCode();

    [GeneratedRegex(@"^(?:i|i['’]ve|i['’]ll|we|we['’]re|please|our|the|this|thank|thanks|attached|nous|vous|je|j['’]ai|merci|veuillez|notre|ci-joint|voici)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceStart();
}

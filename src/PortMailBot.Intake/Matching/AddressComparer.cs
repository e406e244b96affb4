using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>Compares addresses as a person at a carrier would (check contract, "What counts as the same").</summary>
public static class AddressComparer
{
    /// <summary>Whether <paramref name="written"/> (as a document shows it) is the requested address.
    /// Street number, street, unit must agree (a unit on one side only is a difference: a carrier
    /// would reject it); city, province and postal code are compared when both sides have them.</summary>
    public static bool Same(PostalAddress requested, PostalAddress written, bool ocr = false)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(written);

        if (requested.IsPoBox != written.IsPoBox)
        {
            return false;
        }

        var left = Components.Of(requested);
        var right = Components.Of(written);

        if (left.Number is null || right.Number is null)
        {
            // PO boxes and lines we could not split: the whole first line must agree.
            if (left.Number is not null || right.Number is not null ||
                !SameDigitsAndWords(requested.Line1, written.Line1, ocr))
            {
                return false;
            }
        }
        else if (!SameNumber(left.Number, right.Number, ocr) ||
                 !SameStreet(left.Street, right.Street, ocr, SamePostalCodeOnBothSides(requested, written, ocr)))
        {
            return false;
        }

        return SameUnit(left.Unit, right.Unit, ocr) &&
               SameWhenBoth(requested.City, written.City, (a, b) => CityKey(a, ocr) == CityKey(b, ocr) || ocr && SameCityBeforeLocality(a, b)
                   || ocr && written.Province is null && SameCityBeforeMisreadProvince(a, b, requested.Province)) &&
               SameWhenBoth(requested.Province, written.Province, (a, b) => ProvinceKey(a) == ProvinceKey(b)) &&
               SameWhenBoth(requested.PostalCode, written.PostalCode, (a, b) => PostalKey(a, ocr) == PostalKey(b, ocr)
                   || ocr && SameWhereCertain(requested.PostalCodeAsRead ?? a, written.PostalCodeAsRead ?? b));
    }

    /// <summary>OCR that garbles a postal code beyond reading ("GATINEAU (QUEBEC) J9QH 2M7") leaves the province and
    /// the code's remains in the city: the city agrees when the words before them are the city, and what follows is
    /// only a province or tokens holding digits (what is left of the code).</summary>
    private static bool SameCityBeforeLocality(string requested, string written)
    {
        var words = written.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count >= 1; count--)
        {
            var tail = words[count..];
            if (tail.All(w => w.Any(char.IsDigit) || Provinces.ToCode(w) is not null) && tail.Any(w => w.Any(char.IsDigit))
                && CityKey(requested, ocr: true) == CityKey(string.Join(' ', words[..count]), ocr: true))
            {
                return true;
            }
        }

        // Or a province, then short tokens that hold about a code's six characters and a digit ("Québec JOSH 2M7",
        // "NL A 1C 955"): the code's remains, however its letters were read.
        for (var province = words.Length - 2; province >= 1; province--)
        {
            if (Provinces.ToCode(words[province]) is null)
            {
                continue;
            }

            var remains = words[(province + 1)..];
            var characters = remains.Sum(w => w.Count(char.IsLetterOrDigit));
            return remains.All(w => w.Length <= 4 && w.All(char.IsLetterOrDigit)) && characters is >= 5 and <= 8
                && remains.Any(w => w.Any(char.IsDigit))
                && CityKey(requested, ocr: true) == CityKey(string.Join(' ', words[..province]), ocr: true);
        }

        return false;
    }

    /// <summary>OCR that misread the province code ("QC" read "oc", "0N", "N8") leaves no province, and the two
    /// characters glued to the city ("Montréal oc"): the city agrees when the words before them are the city and
    /// they are the request's province code read with OCR's usual confusions. Province codes stay apart under
    /// those confusions, so another province is never taken for the requested one.</summary>
    private static bool SameCityBeforeMisreadProvince(string requested, string written, string? requestedProvince)
    {
        var words = written.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1].Length == 2 && Provinces.ToCode(requestedProvince) is { } code
            && OcrCodeShape(words[^1]) == OcrCodeShape(code)
            && CityKey(requested, ocr: true) == CityKey(string.Join(' ', words[..^1]), ocr: true);
    }

    /// <summary>The code as OCR's letter confusions fold it (<see cref="OcrText.AsLetters"/>), with the round letters
    /// Q and D taken for O as well.</summary>
    private static string OcrCodeShape(string code) =>
        OcrText.AsLetters(code.ToLowerInvariant()).Replace('q', 'o').Replace('d', 'o');

    /// <summary>OCR that put a digit where the code's form needs a letter (or the reverse) misread that character,
    /// and which one it meant is not always settled (<c>8</c> for <c>S</c> as much as for <c>B</c>). Such a
    /// position is unknown; every position read with the right kind of character must agree, and at least four
    /// must be known, so a real difference still shows.</summary>
    private static bool SameWhereCertain(string left, string right)
    {
        var a = TextFold.Compact(left).ToUpperInvariant();
        var b = TextFold.Compact(right).ToUpperInvariant();
        if (a.Length != 6 || b.Length != 6)
        {
            return false;
        }

        var known = 0;
        for (var i = 0; i < 6; i++)
        {
            bool RightKind(char c) => i % 2 == 0 ? char.IsAsciiLetter(c) : char.IsAsciiDigit(c);
            if (!RightKind(a[i]) || !RightKind(b[i]))
            {
                continue;
            }

            if (a[i] != b[i])
            {
                return false;
            }

            known++;
        }

        return known >= 4;
    }

    private sealed record Components(string? Number, string? Street, string? Unit)
    {
        // Addresses built from labelled fields may carry only their lines: read the parts from them.
        public static Components Of(PostalAddress address)
        {
            if (address.StreetNumber is not null)
            {
                return new Components(address.StreetNumber, address.StreetName, address.Unit ?? UnitOf(address.Line2));
            }

            if (address.IsPoBox)
            {
                return new Components(null, null, address.Unit);
            }

            var text = address.Line2 is null ? address.Line1 : address.Line1 + "\n" + address.Line2;
            var parsed = AddressParser.Parse(text);
            return parsed?.StreetNumber is null
                ? new Components(null, null, address.Unit ?? UnitOf(address.Line2))
                : new Components(parsed.StreetNumber, parsed.StreetName, address.Unit ?? parsed.Unit);
        }

        private static string? UnitOf(string? line2)
        {
            if (string.IsNullOrWhiteSpace(line2))
            {
                return null;
            }

            // "Suite 400", "#400", "bureau 400", "400": the designator's value is the last word.
            var words = TextFold.Words(line2);
            return words.Length == 0 ? null : words[^1];
        }
    }

    private static bool SameStreet(string? left, string? right, bool ocr, bool postalCodesAgree)
    {
        var leftKey = StreetNameKey.From(left ?? string.Empty, ocr);
        var rightKey = StreetNameKey.From(right ?? string.Empty, ocr);
        if (leftKey.SameStreet(rightKey))
        {
            return true;
        }

        // OCR of a laid-out page runs the next column onto the street line ("917-5849 AV. DU PARC I oe A
        // 10%"). Read past such a tail only when the postal code already vouches for the street, the
        // words kept name exactly the other street (type included), and the tail does not start with a
        // direction or a street type, which would make it another street.
        return ocr && postalCodesAgree && left is not null && right is not null &&
               (SameStreetBeforeTail(leftKey, right, ocr) || SameStreetBeforeTail(rightKey, left, ocr) || SameNameMisread(leftKey, rightKey)
                || SameStreetWithTypeMisread(leftKey, right, ocr) || SameStreetWithTypeMisread(rightKey, left, ocr));
    }

    /// <summary>The street type itself garbled ("88, cireiws du Lac-Beauport" for "chemin du Lac-Beauport"): one side
    /// has a type; the other, once a first or last word that is no type, direction or number is set aside, is the
    /// same street without one.</summary>
    private static bool SameStreetWithTypeMisread(StreetNameKey typed, string written, bool ocr)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (typed.Type is null || words.Length < 2)
        {
            return false;
        }

        foreach (var (garbled, rest) in new[] { (words[0], words[1..]), (words[^1], words[..^1]) })
        {
            var folded = TextFold.Compact(garbled);
            if (folded.Length < 4 || folded.Any(char.IsDigit) || StreetWords.IsType(folded) || StreetWords.IsDirection(folded))
            {
                continue;
            }

            var key = StreetNameKey.From(string.Join(' ', rest), ocr);
            if (key.Type is null && key.SameStreet(typed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A postal code covers a block of one street, so with the code and the civic number agreeing, a name
    /// of the same type and direction that differs by OCR's few letter slips ("Gattinoen" for "Gottingen", one
    /// slip per four letters) is the same street; a short name must be exact.</summary>
    private static bool SameNameMisread(StreetNameKey left, StreetNameKey right)
    {
        var shorter = Math.Min(left.Name.Length, right.Name.Length);
        if (shorter < 5 || left.Type != right.Type || left.Direction != right.Direction)
        {
            return false;
        }

        var slips = shorter / 4;
        return TextFold.EditDistance(left.Name, right.Name, slips) <= slips;
    }

    private static bool SameStreetBeforeTail(StreetNameKey expected, string written, bool ocr)
    {
        if (expected.Type is null || expected.Name.Length == 0)
        {
            return false;
        }

        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count >= 1; count--)
        {
            var firstDropped = TextFold.Compact(words[count]);
            if (firstDropped.Length == 0 || StreetWords.IsDirection(firstDropped) || StreetWords.IsType(firstDropped))
            {
                continue;
            }

            if (StreetNameKey.From(string.Join(' ', words[..count]), ocr) == expected)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SamePostalCodeOnBothSides(PostalAddress left, PostalAddress right, bool ocr) =>
        !string.IsNullOrWhiteSpace(left.PostalCode) && !string.IsNullOrWhiteSpace(right.PostalCode) &&
        PostalKey(left.PostalCode, ocr) == PostalKey(right.PostalCode, ocr);

    private static bool SameNumber(string left, string right, bool ocr) =>
        NumberKey(left, ocr) == NumberKey(right, ocr);

    private static string NumberKey(string number, bool ocr)
    {
        var compact = TextFold.Compact(number).ToUpperInvariant();
        if (!ocr)
        {
            return compact;
        }

        // "12B" is a civic number with a suffix, not a misread "128": a final letter after digits stays.
        return compact.Length > 1 && char.IsAsciiLetter(compact[^1]) && char.IsAsciiDigit(compact[^2])
            ? OcrText.AsDigits(compact[..^1]) + compact[^1]
            : OcrText.AsDigits(compact);
    }

    private static bool SameUnit(string? left, string? right, bool ocr)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        var a = TextFold.Compact(left).ToUpperInvariant();
        var b = TextFold.Compact(right).ToUpperInvariant();
        if (a == b)
        {
            return true;
        }

        if (!ocr || a.Length != b.Length)
        {
            return false;
        }

        // A unit may hold a real letter ("5B"), so a letter only stands in for the digit it resembles
        // at a position where the other side has that digit.
        for (var index = 0; index < a.Length; index++)
        {
            if (a[index] != b[index] && OcrText.AsDigits(a[index].ToString()) != OcrText.AsDigits(b[index].ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameDigitsAndWords(string left, string right, bool ocr)
    {
        var a = TextFold.Compact(left);
        var b = TextFold.Compact(right);
        if (a == b)
        {
            return true;
        }

        // "PO Box 870" = "P.O. Box 870" = "Box 870": the box number and the kind of box decide.
        var digitsA = new string(a.Where(char.IsAsciiDigit).ToArray());
        var digitsB = new string(b.Where(char.IsAsciiDigit).ToArray());
        if (ocr)
        {
            digitsA = OcrText.AsDigits(digitsA);
            digitsB = OcrText.AsDigits(digitsB);
        }

        return digitsA.Length > 0 && digitsA == digitsB;
    }

    private static bool SameWhenBoth(string? left, string? right, Func<string, string, bool> same) =>
        string.IsNullOrWhiteSpace(left) || string.IsNullOrWhiteSpace(right) || same(left, right);

    private static string CityKey(string city, bool ocr)
    {
        var words = TextFold.Words(city).Select(word => word is "saint" or "sainte" or "ste" ? "st" : word).ToList();

        // "City of Toronto", "Ville de Québec", "Quebec City" name the city itself.
        if (words.Count > 2 && words[0] is "city" or "ville" or "town" or "municipalite" && words[1] is "of" or "de" or "du")
        {
            words.RemoveRange(0, 2);
        }

        if (words.Count > 1 && words[^1] is "city")
        {
            words.RemoveAt(words.Count - 1);
        }

        var compact = string.Concat(words);
        return ocr ? OcrText.AsLetters(compact) : compact;
    }

    private static string ProvinceKey(string province) => Provinces.ToCode(province) ?? TextFold.Compact(province);

    private static string PostalKey(string postalCode, bool ocr)
    {
        if (ocr)
        {
            return PostalCodes.OcrCanonical(postalCode).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        return TextFold.Compact(postalCode).ToUpperInvariant();
    }
}

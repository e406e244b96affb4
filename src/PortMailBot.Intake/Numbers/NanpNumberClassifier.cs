using PhoneNumbers;

namespace PortMailBot.Intake.Numbers;

/// <summary>Decides the <see cref="NumberType"/> of a North American number from its ten digits.</summary>
public static class NanpNumberClassifier
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Toll-free NPAs in service; 8XX numbers are portable only through the Console tool, whatever their region.
    private static readonly HashSet<string> TollFreeAreaCodes = ["800", "833", "844", "855", "866", "877", "888"];

    /// <summary>Classifies ten NANP digits (area code first, no leading 1).</summary>
    public static RequestedNumber Classify(string tenDigits)
    {
        ArgumentNullException.ThrowIfNull(tenDigits);
        if (tenDigits.Length != 10 || !tenDigits.All(char.IsAsciiDigit))
        {
            return new RequestedNumber(tenDigits, NumberType.Invalid);
        }

        var e164 = "+1" + tenDigits;
        var areaCode = tenDigits[..3];
        var exchangeIsValid = tenDigits[3] >= '2';
        if (TollFreeAreaCodes.Contains(areaCode))
        {
            return new RequestedNumber(e164, exchangeIsValid ? NumberType.TollFree : NumberType.Invalid);
        }

        if (tenDigits[0] < '2' || !exchangeIsValid)
        {
            return new RequestedNumber(e164, NumberType.Invalid);
        }

        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(e164, "CA");
        }
        catch (NumberParseException)
        {
            return new RequestedNumber(e164, NumberType.Invalid);
        }

        if (!Util.IsValidNumber(parsed))
        {
            return new RequestedNumber(e164, NumberType.Invalid);
        }

        if (Util.GetNumberType(parsed) == PhoneNumberType.TOLL_FREE)
        {
            return new RequestedNumber(e164, NumberType.TollFree);
        }

        var region = Util.GetRegionCodeForNumber(parsed);
        return new RequestedNumber(e164, region == "CA" ? NumberType.Geographic : NumberType.NonCanadian);
    }

    /// <summary>Classifies an international number written with its <c>+</c> country code (not +1): a valid
    /// one is <see cref="NumberType.NonCanadian"/>; null when it is not a valid number at all.</summary>
    internal static RequestedNumber? ClassifyInternational(string digitsAfterPlus)
    {
        try
        {
            var parsed = Util.Parse("+" + digitsAfterPlus, "ZZ");
            if (parsed.CountryCode == 1 || !Util.IsValidNumber(parsed))
            {
                return null;
            }

            return new RequestedNumber(Util.Format(parsed, PhoneNumberFormat.E164), NumberType.NonCanadian);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}

namespace PortMailBot.Intake.Addresses;

/// <summary>Parses a Canadian address written on one or several lines (English or French).</summary>
/// <remarks>
/// The work is shared out by concern: <see cref="AddressSegments"/> cuts the text into clean segments,
/// <see cref="AddressLocality"/> takes the city, province and postal code off the end, and
/// <see cref="StreetLines"/> recognizes what is left (street line, unit, PO box, station).
/// </remarks>
public static class AddressParser
{
    // An address is a few lines; anything longer is not one, and capping keeps the work bounded.
    private const int MaxInputLength = 2000;

    /// <summary>Reads <paramref name="text"/> as a civic address or a PO box. Returns null when it
    /// holds neither (no street number and name, no box).</summary>
    public static PostalAddress? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        // Mail clients and word processors turn a typed hyphen into a dash ("400–123 King St W"): it joins a
        // unit to its civic number all the same.
        text = AddressSegments.WithPlainHyphens(text);

        var segments = AddressSegments.Split(text);
        if (segments.Count == 0)
        {
            return null;
        }

        var asRead = AddressLocality.PostalCodeAsRead(segments);
        var locality = AddressLocality.Take(segments);
        var address = BuildAddress(segments, locality);
        var postalCode = locality.PostalCode;
        return address is not null && asRead is not null && postalCode is not null
            && !string.Equals(asRead.Replace(" ", string.Empty, StringComparison.Ordinal), postalCode.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            ? address with { PostalCodeAsRead = asRead }
            : address;
    }

    private static PostalAddress? BuildAddress(List<string> segments, Locality locality)
    {
        StreetLine? street = null;
        string? unitLine = null;
        string? unit = null;
        string? poBoxLine = null;
        string? stationLine = null;

        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (StreetLines.IsPoBox(segment))
            {
                poBoxLine ??= segment;
                continue;
            }

            if (StreetLines.TryStreet(segment, out var parsed))
            {
                // A business line can look like a street ("3M CANADA"); the street line is the one
                // with a street type, and the one nearest the city.
                if (street is null || StreetLines.HasStreetType(parsed.Name) || !StreetLines.HasStreetType(street.Name))
                {
                    street = parsed;
                }

                continue;
            }

            if (StreetLines.TryUnitOnly(segment, out var unitValue, out var unitText))
            {
                if (unitLine is null)
                {
                    unit = unitValue;
                    unitLine = unitText;
                }

                continue;
            }

            if (StreetLines.IsStation(segment))
            {
                stationLine ??= segment;
            }
        }

        var (city, province, postalCode) = locality;
        if (street is not null)
        {
            return new PostalAddress(street.Line1, street.UnitLine ?? unitLine, city, province, postalCode)
            {
                StreetNumber = street.Number,
                StreetName = street.Name,
                Unit = street.Unit ?? unit,
                IsPoBox = poBoxLine is not null,
            };
        }

        var boxLine = poBoxLine ?? stationLine;
        return boxLine is null
            ? null
            : new PostalAddress(boxLine, unitLine, city, province, postalCode) { Unit = unit, IsPoBox = true };
    }
}

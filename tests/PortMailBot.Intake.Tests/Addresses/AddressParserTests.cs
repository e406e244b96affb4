using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

public sealed class AddressParserTests
{
    // text | line1 | line2 | city | province | postal | number | street name | unit
    public static TheoryData<string, string, string?, string?, string?, string?, string, string, string?> Civic => new()
    {
        { "704-2218 East Hastings Street\nBurnaby, BC V5H 4W6", "2218 East Hastings Street", "704", "Burnaby", "BC", "V5H 4W6", "2218", "East Hastings Street", "704" },
        { "1963 Wellington Road, Suite 817\nLondon, ON N6A 9W1", "1963 Wellington Road", "Suite 817", "London", "ON", "N6A 9W1", "1963", "Wellington Road", "817" },
        { "Apt 38, 19 Durham Street, Sudbury, ON P3A 7M0", "19 Durham Street", "Apt 38", "Sudbury", "ON", "P3A 7M0", "19", "Durham Street", "38" },
        { "11269 Whyte Avenue NW #710\nEdmonton, AB T5K 4N3", "11269 Whyte Avenue NW", "#710", "Edmonton", "AB", "T5K 4N3", "11269", "Whyte Avenue NW", "710" },
        { "917-5849 av. du Parc, Montréal (Québec) H3A 3V0", "5849 av. du Parc", "917", "Montréal", "QC", "H3A 3V0", "5849", "av. du Parc", "917" },
        { "93, boulevard des Récollets, bureau 316, Trois-Rivières, QC G9A 3Z5", "93, boulevard des Récollets", "bureau 316", "Trois-Rivières", "QC", "G9A 3Z5", "93", "boulevard des Récollets", "316" },
        { "local 12, 2417, boulevard Portland, Sherbrooke, QC J1H 1K0", "2417, boulevard Portland", "local 12", "Sherbrooke", "QC", "J1H 1K0", "2417", "boulevard Portland", "12" },
        { "614, boul. Maloney O.\nGatineau, QC J9H 5S2", "614, boul. Maloney O.", null, "Gatineau", "QC", "J9H 5S2", "614", "boul. Maloney O.", null },
        { "Suite 901, 1894 Wellington Street West\nOttawa, Ontario K1P 9W5", "1894 Wellington Street West", "Suite 901", "Ottawa", "ON", "K1P 9W5", "1894", "Wellington Street West", "901" },
        { "122 4 St SW #820, Calgary, AB T2R 1P2", "122 4 St SW", "#820", "Calgary", "AB", "T2R 1P2", "122", "4 St SW", "820" },
        { "1367 9 Avenue SE, Suite 1441, Calgary, AB T3C 3K3", "1367 9 Avenue SE", "Suite 1441", "Calgary", "AB", "T3C 3K3", "1367", "9 Avenue SE", "1441" },
        { "704-2218 EAST HASTINGS STREET\nBURNABY BC V5H 4W6", "2218 EAST HASTINGS STREET", "704", "BURNABY", "BC", "V5H 4W6", "2218", "EAST HASTINGS STREET", "704" },
        { "5564, rue Saint-Joseph Est\nbureau 709\nQuébec\nQC\nG1S 9C1", "5564, rue Saint-Joseph Est", "bureau 709", "Québec", "QC", "G1S 9C1", "5564", "rue Saint-Joseph Est", "709" },
        { "bureau 709, 5564, rue Saint-Joseph Est\nQuébec, QC G1S 9C1", "5564, rue Saint-Joseph Est", "bureau 709", "Québec", "QC", "G1S 9C1", "5564", "rue Saint-Joseph Est", "709" },
        { "BUREAU 709, 5564, RUE SAINT-JOSEPH EST\nQUEBEC QC G1S 9C1", "5564, RUE SAINT-JOSEPH EST", "BUREAU 709", "QUEBEC", "QC", "G1S 9C1", "5564", "RUE SAINT-JOSEPH EST", "709" },
        { "917-5849 AV. DU PARC\nMONTRÉAL (QUÉBEC) H3A 3V0", "5849 AV. DU PARC", "917", "MONTRÉAL", "QC", "H3A 3V0", "5849", "AV. DU PARC", "917" },
        { "2699 Memorial Avenue, Thunder Bay, ON P7A 9B5", "2699 Memorial Avenue", null, "Thunder Bay", "ON", "P7A 9B5", "2699", "Memorial Avenue", null },
        { "2699 MEMORIAL AVENUE THUNDER BAY ON P7A9B5", "2699 MEMORIAL AVENUE", null, "THUNDER BAY", "ON", "P7A 9B5", "2699", "MEMORIAL AVENUE", null },
        { "1332 Richmond Street West, Unit 3, Toronto, Ontario m5b0m0", "1332 Richmond Street West", "Unit 3", "Toronto", "ON", "M5B 0M0", "1332", "Richmond Street West", "3" },
        { "332 Fourth Avenue\nWhitehorse, Yukon Y1A 6T6\nCanada", "332 Fourth Avenue", null, "Whitehorse", "YT", "Y1A 6T6", "332", "Fourth Avenue", null },
        { "2578 University Ave, Charlottetown, Île-du-Prince-Édouard C1A 6W7", "2578 University Ave", null, "Charlottetown", "PE", "C1A 6W7", "2578", "University Ave", null },
        { "980 Spring Garden Rd #14, Halifax, Nouvelle-Écosse B3H 7H6", "980 Spring Garden Rd", "#14", "Halifax", "NS", "B3H 7H6", "980", "Spring Garden Rd", "14" },
        { "12 Water St, St. John's, Terre-Neuve-et-Labrador A1C 1A1", "12 Water St", null, "St. John's", "NL", "A1C 1A1", "12", "Water St", null },
        { "45 Main St, Vancouver, Colombie-Britannique V6B 1A1", "45 Main St", null, "Vancouver", "BC", "V6B 1A1", "45", "Main St", null },
        { "Service address: 600 Osborne St, Winnipeg, MB R2W 5V2", "600 Osborne St", null, "Winnipeg", "MB", "R2W 5V2", "600", "Osborne St", null },
        { "122 4 ST SW #820 CALGARY AB T2R 1P2", "122 4 ST SW", "#820", "CALGARY", "AB", "T2R 1P2", "122", "4 ST SW", "820" },
        { "210 Old Airport Rd, Yellowknife NT X1A 2W9", "210 Old Airport Rd", null, "Yellowknife", "NT", "X1A 2W9", "210", "Old Airport Rd", null },
        { "626, boul. Curé-Labelle\nLaval (Québec)  H7N 7X7", "626, boul. Curé-Labelle", null, "Laval", "QC", "H7N 7X7", "626", "boul. Curé-Labelle", null },
        { "88 Rue Principale, Stn A, Sudbury, ON P3A 7M0", "88 Rue Principale", null, "Sudbury", "ON", "P3A 7M0", "88", "Rue Principale", null },
        { "| 2032 West Broadway ~\nVancouver, BC V5L 9P3 _", "2032 West Broadway", null, "Vancouver", "BC", "V5L 9P3", "2032", "West Broadway", null },
        { "120 King St W, Suite 400, Toronto, ON M5H 1J9", "120 King St W", "Suite 400", "Toronto", "ON", "M5H 1J9", "120", "King St W", "400" },
        { "400-120 King St W, Toronto ON M5H 1J9", "120 King St W", "400", "Toronto", "ON", "M5H 1J9", "120", "King St W", "400" },
        { "1457 Bayfield St, Barrie", "1457 Bayfield St", null, "Barrie", null, null, "1457", "Bayfield St", null },
        { "The service address is 2699 Memorial Avenue, Thunder Bay, ON P7A 9B5.", "2699 Memorial Avenue", null, "Thunder Bay", "ON", "P7A 9B5", "2699", "Memorial Avenue", null },
        { "L'adresse de service est le bureau 709, 5564, rue Saint-Joseph Est, Québec, QC G1S 9C1.", "5564, rue Saint-Joseph Est", "bureau 709", "Québec", "QC", "G1S 9C1", "5564", "rue Saint-Joseph Est", "709" },
        { "Service address Apt 38, 19 Durham Street\nSudbury, ON P3A 7M0 ;", "19 Durham Street", "Apt 38", "Sudbury", "ON", "P3A 7M0", "19", "Durham Street", "38" },
        { "Adresse (numéro et rue) 917-5849 av. du Parc\nQuébec\nH3A3V0 in He", "5849 av. du Parc", "917", null, "QC", "H3A 3V0", "5849", "av. du Parc", "917" },
        { "- 1963 Wellington Road, Suite 817\n- London, ON N6A 9W1", "1963 Wellington Road", "Suite 817", "London", "ON", "N6A 9W1", "1963", "Wellington Road", "817" },
        { "* Suite 901, 1894 Wellington Street West\n* Ottawa, Ontario K1P 9W5", "1894 Wellington Street West", "Suite 901", "Ottawa", "ON", "K1P 9W5", "1894", "Wellington Street West", "901" },
        { "Caroline Li\nApt 38, 19 Durham Street\nZ Account number AST-603-47702\nSudbury, ON P3A 7M0", "19 Durham Street", "Apt 38", "Sudbury", "ON", "P3A 7M0", "19", "Durham Street", "38" },
        { "JEROME MARCHAND\nGARAGE MECANIQUE SAINT-LAURENT\nBUREAU 709, 5564, RUE SAINT-JOSEPH EST\nQUEBEC QC G1S 9C1", "5564, RUE SAINT-JOSEPH EST", "BUREAU 709", "QUEBEC", "QC", "G1S 9C1", "5564", "RUE SAINT-JOSEPH EST", "709" },
        { "Adresse (numéro et rue)     93, boulevard des Récollets\nBureau / unité       bureau 316\nVille     Trois-Rivières\nProvince     QC\nCode postal     G9A 3Z5", "93, boulevard des Récollets", "bureau 316", "Trois-Rivières", "QC", "G9A 3Z5", "93", "boulevard des Récollets", "316" },
        { "2699 Memorial Avenue          Account number        NLC-257397-467\nThunder Bay, ON P7A 9B5         Service period    Nov 19 - Dec 18, 2026", "2699 Memorial Avenue", null, "Thunder Bay", "ON", "P7A 9B5", "2699", "Memorial Avenue", null },
        { "120 King St W, Toronto, Ontario, Canada M5H 1J9", "120 King St W", null, "Toronto", "ON", "M5H 1J9", "120", "King St W", null },
        { "4321 Canada Way, Burnaby BC Canada V5G 1A1", "4321 Canada Way", null, "Burnaby", "BC", "V5G 1A1", "4321", "Canada Way", null },
        { "10 rue Racine, Québec (Québec) G1R 1A1", "10 rue Racine", null, "Québec", "QC", "G1R 1A1", "10", "rue Racine", null },
        { "Unit B, 12A Main St, Sudbury. ON P3A 7M0", "12A Main St", "Unit B", "Sudbury.", "ON", "P3A 7M0", "12A", "Main St", "B" },
        { "Street address 1973 Wellington Road\nSuite / unit Suite 817 | DEEE Re ee\nCity     London\nProvince ON\nPostal code N6A 9W1", "1973 Wellington Road", "Suite 817", "London", "ON", "N6A 9W1", "1973", "Wellington Road", "817" },
        { "Service address 2606 Matheson Blvd E\n\nMississauga, ON LAW 9H4", "2606 Matheson Blvd E", null, "Mississauga", "ON", "L4W 9H4", "2606", "Matheson Blvd E", null },
        { "3M CANADA\n300 Tartan Dr\nLondon ON N5V 4M9", "300 Tartan Dr", null, "London", "ON", "N5V 4M9", "300", "Tartan Dr", null },
    };

    [Theory]
    [MemberData(nameof(Civic))]
    public void Reads_civic_addresses(string text, string line1, string? line2, string? city, string? province,
        string? postal, string number, string streetName, string? unit)
    {
        var address = AddressParser.Parse(text);

        Assert.NotNull(address);
        Assert.Equal(line1, address.Line1);
        Assert.Equal(line2, address.Line2);
        Assert.Equal(city, address.City);
        Assert.Equal(province, address.Province);
        Assert.Equal(postal, address.PostalCode);
        Assert.Equal(number, address.StreetNumber);
        Assert.Equal(streetName, address.StreetName);
        Assert.Equal(unit, address.Unit);
        Assert.False(address.IsPoBox);
    }

    [Fact]
    public void Finds_the_address_in_a_whole_message()
    {
        const string body = """
            Hi,

            We would like to port our numbers to our Twilio account ACe5f083456363251425cfb05a29f7ab7e. The numbers
            are +1-431-748-4325, 14315036765 and 204.609.7032. The authorized user on the account is Quentin Dufour.
            The service address is 600 Osborne St, Winnipeg, MB R2W 5V2.

            I've attached the signed LOA, the CSR from Northern Lights Communications and our most recent bill.

            Regards,
            Quentin Dufour
            Prairie Bikes Ltd.
            """;

        var address = AddressParser.Parse(body);

        Assert.NotNull(address);
        Assert.Equal("600", address.StreetNumber);
        Assert.Equal("Osborne St", address.StreetName);
        Assert.Equal("Winnipeg", address.City);
        Assert.Equal("MB", address.Province);
        Assert.Equal("R2W 5V2", address.PostalCode);
    }

    [Theory]
    [InlineData("PO Box 870, Hamilton, ON L8N 5R9", "PO Box 870", "Hamilton")]
    [InlineData("P.O. Box 12\nHamilton ON L8N 5R9", "P.O. Box 12", "Hamilton")]
    [InlineData("Post Office Box 4, Hamilton, ON L8N 5R9", "Post Office Box 4", "Hamilton")]
    [InlineData("Box 55, Gimli, MB R0C 1B0", "Box 55", "Gimli")]
    [InlineData("C.P. 4647, succursale Centre-ville\nMontréal (Québec) H3C 7P4", "C.P. 4647", "Montréal")]
    [InlineData("CP 12, Rimouski, QC G5L 1A1", "CP 12", "Rimouski")]
    [InlineData("Case postale 300, Rimouski QC G5L 1A1", "Case postale 300", "Rimouski")]
    [InlineData("RR 2, Baddeck, NS B0E 1B0", "RR 2", "Baddeck")]
    [InlineData("R.R. #3, Baddeck, NS B0E 1B0", "R.R. #3", "Baddeck")]
    [InlineData("Rural Route 1, Baddeck, NS B0E 1B0", "Rural Route 1", "Baddeck")]
    [InlineData("General Delivery, Iqaluit, NU X0A 0H0", "General Delivery", "Iqaluit")]
    [InlineData("Poste restante, Gaspé, QC G4X 1A1", "Poste restante", "Gaspé")]
    [InlineData("Succursale Centre-ville, Montréal QC H3C 7P4", "Succursale Centre-ville", "Montréal")]
    public void Recognises_po_boxes(string text, string line1, string city)
    {
        var address = AddressParser.Parse(text);

        Assert.NotNull(address);
        Assert.True(address.IsPoBox);
        Assert.Equal(line1, address.Line1);
        Assert.Equal(city, address.City);
    }

    [Fact]
    public void A_street_address_with_a_rural_route_is_a_po_box_form()
    {
        var address = AddressParser.Parse("1234 Highway 7, RR 2, Baddeck, NS B0E 1B0");

        Assert.NotNull(address);
        Assert.True(address.IsPoBox);
        Assert.Equal("1234", address.StreetNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("Toronto, ON M5H 1J9")]
    [InlineData("Please port my numbers as soon as possible")]
    [InlineData("Hastings Street, Burnaby BC")]
    [InlineData("Suite 400")]
    [InlineData("438-794-8837")]
    [InlineData("289 604 4729       Business line       $45.00")]
    [InlineData("(581) 544-3518 Ligne d'affaires")]
    public void Returns_null_without_a_civic_address(string text) => Assert.Null(AddressParser.Parse(text));

    [Theory]
    [InlineData("v5h4w6", "V5H 4W6")]
    [InlineData("V5H-4W6", "V5H 4W6")]
    [InlineData("k1p 9w5", "K1P 9W5")]
    public void Normalises_postal_codes(string written, string expected) =>
        Assert.Equal(expected, AddressParser.Parse("1 Main St, Ottawa ON " + written)?.PostalCode);

    [Theory]
    [InlineData("D1A 1A1")]
    [InlineData("W1A 1A1")]
    [InlineData("A1U 1A1")]
    [InlineData("A1A 1A")]
    public void Ignores_invalid_postal_codes(string written) =>
        Assert.Null(AddressParser.Parse("1 Main St, Ottawa ON " + written)?.PostalCode);

    [Fact]
    public void Settles_an_ocr_garbled_postal_code()
    {
        var address = AddressParser.Parse("2218 East Hastings Street\nBurnaby, BC VSH 4W6");

        Assert.Equal("V5H 4W6", address?.PostalCode);
    }

    /// <summary>Codes whose second half is digit, letter, digit with 0 or O, 1 or I, 5 or S read the other way round.</summary>
    public static TheoryData<string, string> SecondHalvesReadAsLetters()
    {
        var data = new TheoryData<string, string>();
        var misreadDigits = new Dictionary<char, char> { ['0'] = 'O', ['1'] = 'I', ['5'] = 'S', ['8'] = 'B' };
        foreach (var (first, second) in new[] { ("M5B", "0M0"), ("H7T", "5G1"), ("K1A", "0B1"), ("T2P", "1J8") })
        {
            var read = new string(second.Select((c, i) => i != 1 && misreadDigits.TryGetValue(c, out var l) ? l : c).ToArray());
            data.Add($"{first} {read}", $"{first} {second}");
            data.Add($"{first}{read}", $"{first} {second}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SecondHalvesReadAsLetters))]
    public void Settles_a_postal_code_whose_second_half_ocr_read_as_letters(string written, string expected) =>
        Assert.Equal(expected, AddressParser.Parse("1332 Richmond Street West, Unit 3\nToronto, ON " + written)?.PostalCode);

    [Theory]
    [InlineData("1486, boulevard Jessop, Rimouski QC GSL 9NO", "G5L 9N0")]
    [InlineData("1486, boulevard Jessop, Rimouski (Québec) GSL 9NO", "G5L 9N0")]
    [InlineData("12 Main St, Ottawa, Ontario KIA OB1", "K1A 0B1")]
    [InlineData("12 Main St, Ottawa ON K1A 0B1", "K1A 0B1")]
    public void Settles_a_postal_code_more_garbled_where_a_province_announces_it(string written, string expected) =>
        Assert.Equal(expected, AddressParser.Parse(written)?.PostalCode);

    [Theory]
    [InlineData("1 Main St, Ottawa ON, tel +1 416 320 4134")]
    [InlineData("1 Main St, Ottawa ON SOLDES")]
    [InlineData("1 Main St, Ottawa ON BOSTON")]
    [InlineData("1 Main St, Ottawa ON SUITE 4")]
    [InlineData("1 Main St, Ottawa ON GATE 5B")]
    public void Does_not_take_numbers_or_words_for_a_postal_code(string text) =>
        Assert.Null(AddressParser.Parse(text)?.PostalCode);

    [Fact]
    public void Reads_an_ocr_garbled_civic_number_as_written()
    {
        var address = AddressParser.Parse("22I8 East Hastings Street\nBurnaby, BC V5H 4W6");

        Assert.Equal("22I8", address?.StreetNumber);
    }

    [Theory]
    [InlineData("Québec", "QC")]
    [InlineData("Quebec", "QC")]
    [InlineData("QC", "QC")]
    [InlineData("Qué.", "QC")]
    [InlineData("Ontario", "ON")]
    [InlineData("Ont.", "ON")]
    [InlineData("B.C.", "BC")]
    [InlineData("British Columbia", "BC")]
    [InlineData("Colombie-Britannique", "BC")]
    [InlineData("Nouvelle-Écosse", "NS")]
    [InlineData("Nova Scotia", "NS")]
    [InlineData("Île-du-Prince-Édouard", "PE")]
    [InlineData("P.E.I.", "PE")]
    [InlineData("Terre-Neuve-et-Labrador", "NL")]
    [InlineData("Newfoundland and Labrador", "NL")]
    [InlineData("Nouveau-Brunswick", "NB")]
    [InlineData("Territoires du Nord-Ouest", "NT")]
    [InlineData("Nunavut", "NU")]
    [InlineData("Yukon", "YT")]
    [InlineData("Saskatchewan", "SK")]
    [InlineData("Manitoba", "MB")]
    [InlineData("Alberta", "AB")]
    public void Reads_provinces_in_any_form(string written, string code)
    {
        Assert.Equal(code, Provinces.ToCode(written));
        Assert.Equal(code, AddressParser.Parse("1 Main St, Someplace, " + written)?.Province);
    }

    [Theory]
    [InlineData("\u0000\u0001%%%%")]
    [InlineData("1111111111111111111111111111111111111111111111111111111111111111 a")]
    [InlineData(",,,,,,,,,,,,,,\n\n\n\n;;;;")]
    [InlineData("Suite Suite Suite Suite Suite Suite Suite Suite Suite Suite Suite Suite Suite 1")]
    public void Survives_garbage(string text)
    {
        var exception = Record.Exception(() => AddressParser.Parse(text));
        Assert.Null(exception);
    }

    [Fact]
    public void Is_fast_on_long_hostile_input()
    {
        var text = string.Concat(Enumerable.Repeat("12 a-b # suite 1 , ", 5000)) + "\n" + new string('1', 50_000);
        var started = System.Diagnostics.Stopwatch.StartNew();

        _ = AddressParser.Parse(text);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
    }
}

using System.Text.RegularExpressions;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Names;

/// <summary>Splits a written name ("Jérôme M. Marchand", "MARCHAND, Jérôme") into its parts.</summary>
public static partial class PersonNameParser
{
    private const int MaxLength = 100;

    internal static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "m", "mme", "mlle", "me", "prof", "sir", "madame", "monsieur",
        "mademoiselle", "docteur", "dre",
    };

    internal static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "cpa", "pe", "eng", "ing", "fils", "pere",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "d", "l", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "das",
        "st", "ste", "saint", "sainte", "ter", "ten", "bin", "ibn", "al", "el", "mac", "o",
    };

    // Words that make a text a business, a team or a mailbox rather than a person.
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "ltee", "limited", "limitee", "corp", "corporation", "llc", "llp", "co",
        "company", "compagnie", "cie", "enr", "senc", "sencrl", "srl", "group", "groupe", "services", "service",
        "solutions", "team", "equipe", "department", "dept", "departement", "accounts", "account", "accounting",
        "billing", "support", "admin", "administration", "office", "bureau", "reception", "comptabilite",
        "facturation", "compte", "comptes", "the", "and", "et", "staff", "desk", "info", "sales", "ventes",
        "hr", "it", "operations", "management", "gestion", "shop", "store", "restaurant", "clinic", "clinique",
        "garage", "holdings", "enterprises", "entreprises", "associates", "partners", "ca", "canada", "telecom",
        "unknown", "none", "na", "tbd", "customer", "client", "owner", "titulaire", "user", "utilisateur",
        "authorized", "autorise", "autorisee", "name", "nom", "signature", "date", "personne", "person",
        "prenom", "famille", "first", "last", "surname", "given", "contact", "city", "ville", "code",
        "postal", "province", "address", "adresse", "rue", "suite", "unit", "fournisseur",
        "current", "actuel", "description", "amount", "montant", "number", "numero", "numeros", "details", "detail",
        "frais", "charges", "letter", "lettre", "authorization", "autorisation", "loa", "csr", "record", "dossier",
        "statement", "invoice", "releve", "total", "balance", "solde", "due", "telephone",
        "communications", "wireless", "mobile", "phone", "insurance", "brokers", "realty", "auto",
        "florist", "fleuriste", "massage", "tutoring", "hardware", "quincaillerie", "atelier", "outfitters",
        "consulting", "construction", "transport", "immobilier", "pharmacy", "pharmacie", "bakery", "boulangerie",
        "cafe", "salon", "studio", "design", "print", "printing", "imprimerie", "agency", "agence", "foundation",
        "fondation", "society", "societe", "association", "eglise", "school", "ecole", "university",
        "universite", "hospital", "hopital", "centre", "center", "ministry", "ministere", "government",
        "municipality", "municipalite", "porting", "transfer", "transfert", "twilio", "thanks",
        "merci", "regards", "salutations", "cordialement", "hello", "bonjour", "hi", "dear", "chere", "cycle",
        "votre", "your", "our", "notre", "my", "mon", "facture", "titre", "fonction", "title", "storage", "lab",
        "dental", "chiropractic", "envoyer", "remit", "payment", "paiement",
        // Trades and shops, which name a business without Inc or Ltd ("Blue Spruce Landscaping", "Harbour Cycles").
        "landscaping", "paysagement", "inspections", "inspection", "plumbing", "plomberie", "roofing", "toiture",
        "cleaning", "nettoyage", "catering", "traiteur", "trucking", "camionnage", "painting", "peinture",
        "renovations", "renovation", "electric", "electrique", "motors", "cycles", "boatworks", "works", "supply",
        "supplies", "marketing", "engineering", "genie", "photography", "photographie", "fitness", "logistics",
        "logistique", "imports", "trading", "farms", "ferme", "boutique", "librairie", "flowers", "fleurs",
        "pizzeria", "bistro", "brewery", "brasserie", "winery", "vignoble", "daycare", "garderie", "academy",
        "academie", "institute", "institut", "motel", "hotel", "auberge", "veterinary", "veterinaire", "dentistry",
        "bookkeeping", "contracting", "entrepreneur", "excavation", "landscape", "computers", "informatique",
    };

    /// <summary>The person named by <paramref name="text"/>, or null when it is not a first and last
    /// name (a business, a role mailbox, a single word, empty).</summary>
    public static PersonName? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        // On a laid-out page a wide gap ends the name: what follows is another column.
        var gap = ColumnGapPattern().Match(text.Trim());
        if (gap.Success)
        {
            text = text.Trim()[..gap.Index];
        }

        // "Name: Jane Doe": the label is not part of the name.
        var colon = text.LastIndexOf(':');
        if (colon >= 0)
        {
            text = text[(colon + 1)..];
        }

        // Two names joined ("Maple & Birch", "Smith + Jones") name a firm or a couple, never one person, as
        // "and"/"et" do (see NotPersonWords); the noise filter below would otherwise drop the sign.
        if (JoinedNamesPattern().IsMatch(text))
        {
            return null;
        }

        var cleaned = SpacesPattern().Replace(NoisePattern().Replace(text, " "), " ").Trim(' ', ',', '-');
        if (cleaned.Length == 0 || DigitRunPattern().IsMatch(cleaned) || cleaned.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = cleaned.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        List<string> words;
        // In "Last, First" form the words before the comma are the whole last name.
        var commaLastCount = 0;
        if (parts.Length == 2)
        {
            // "BERGERON, Étienne": last name first. A trailing suffix ("Smith, Jr.") is not that form.
            var after = Tokens(parts[1]);
            var suffixed = after.All(word => Suffixes.Contains(TextFold.Compact(word)));
            words = suffixed ? [.. Tokens(parts[0]), .. after] : [.. after, .. Tokens(parts[0])];
            commaLastCount = suffixed ? 0 : Tokens(parts[0]).Count;
        }
        else if (parts.Length == 1)
        {
            words = Tokens(parts[0]);
        }
        else
        {
            return null;
        }

        if (words.Any(word => NotPersonWords.Contains(TextFold.Compact(word))) ||
            words.Any(word => !IsNameWord(word) || !PlausibleDigits(word)))
        {
            return null;
        }

        // A sentence's full stop is not part of the last word; an initial's dot is ("Jérôme M.").
        if (words.Count > 0 && words[^1].Length > 2 && words[^1].EndsWith('.'))
        {
            words[^1] = words[^1].TrimEnd('.');
        }

        while (words.Count > 1 && Honorifics.Contains(TextFold.Compact(words[0])))
        {
            words.RemoveAt(0);
        }

        if (parts.Length == 1)
        {
            words = ParticleLastNameFirst(CapitalizedLastNameFirst(words));
        }

        while (words.Count > 2 && Suffixes.Contains(TextFold.Compact(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count is < 2 or > 6)
        {
            return null;
        }

        // The last name starts at the first particle after the first name ("Marie de la Fontaine"); written before a
        // comma, it is all that was before it, so a middle initial after the first name ("TREMBLAY, MARIE-EVE L")
        // stays a middle initial even when its letter is also a particle's.
        var lastStart = words.Count - 1;
        if (commaLastCount > 0 && words.Count - commaLastCount >= 1)
        {
            lastStart = words.Count - commaLastCount;
        }
        else
        {
            for (var index = 1; index < words.Count - 1; index++)
            {
                if (IsParticle(words[index]))
                {
                    lastStart = index;
                    break;
                }
            }
        }

        var first = words[0];
        var last = string.Join(' ', words[lastStart..]);
        var middle = lastStart > 1 ? string.Join(' ', words[1..lastStart]) : null;
        if (TextFold.Compact(first).Length == 0 || TextFold.Compact(last).Length < 2 || IsInitial(words[^1]))
        {
            return null;
        }

        return new PersonName(first, last, middle);
    }

    /// <summary>"DOE Jane", "LE BLANC Guy", "DE LA FONTAINE Marie Claire": the French form's family name in capitals
    /// before the given names written in lower case, without a comma. The words in capitals are the last name, moved
    /// after the rest; a name wholly in capitals or wholly in lower case keeps its order.</summary>
    private static List<string> CapitalizedLastNameFirst(List<string> words)
    {
        var capitals = words.TakeWhile(IsAllCapitals).Count();
        if (capitals == 0 || capitals == words.Count || words.Skip(capitals).Any(IsAllCapitals)
            || !words.Skip(capitals).Any(word => word.Any(char.IsLower)))
        {
            return words;
        }

        return [.. words.Skip(capitals), .. words.Take(capitals)];
    }

    /// <summary>"de la Fontaine Marie", "Van der Berg Pieter": a name that opens on its last name's particles (one in
    /// lower case, or two in a row) opens on its last name, the particles and the word after them. "Van Morrison",
    /// "Le Blanc" (one capitalized word before a name) keep their order: there the first word may be a first name.</summary>
    private static List<string> ParticleLastNameFirst(List<string> words)
    {
        var particles = words.TakeWhile(IsParticle).Count();
        var lastName = particles + 1;
        if (particles == 0 || lastName >= words.Count || particles == 1 && !char.IsLower(words[0][0]))
        {
            return words;
        }

        return [.. words.Skip(lastName), .. words.Take(lastName)];
    }

    // A word of two letters or more, none of them lower case ("DOE", "O'BRIEN"); an initial ("J.") is not one.
    private static bool IsAllCapitals(string word) =>
        word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower);

    /// <summary>A word that starts a compound last name ("de", "Van", "St"); a letter with its dot ("L.") is a middle
    /// initial, even when that letter is also a particle's ("L'Heureux", "O'Brien" written apart).</summary>
    internal static bool IsParticle(string word) =>
        !(word.Length == 2 && char.IsLetter(word[0]) && word[1] == '.') && Particles.Contains(TextFold.Compact(word));

    private static List<string> Tokens(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static bool IsNameWord(string word) => NameWordPattern().IsMatch(word);

    // OCR may turn one letter of a name into a look-alike digit ("L0UISE"); more than that, or any
    // other digit, means the text is a code or a number, not a name.
    private static bool PlausibleDigits(string word)
    {
        var digits = word.Count(char.IsDigit);
        return digits == 0 ||
               (digits == 1 && word.Count(char.IsLetter) >= 3 && word.Any(character => character is '0' or '1' or '5' or '8' or '6'));
    }

    private static bool IsInitial(string word) => TextFold.Compact(word).Length == 1;

    // Digits stay: OCR turns a letter into one ("L0UISE"); a run of them means this is not a name.
    [GeneratedRegex(@"[^\p{L}\p{M}\p{Nd}\s\-'’.,]")]
    private static partial Regex NoisePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"\p{L}[\p{L}.'’]*\s*[&+]\s*\p{L}")]
    private static partial Regex JoinedNamesPattern();

    [GeneratedRegex(@"[ \t\u00A0]{4,}|\t")]
    private static partial Regex ColumnGapPattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\-'’.]*$")]
    private static partial Regex NameWordPattern();

    [GeneratedRegex(@"\d\d|^\d|\s\d+(?:\s|$)")]
    private static partial Regex DigitRunPattern();
}

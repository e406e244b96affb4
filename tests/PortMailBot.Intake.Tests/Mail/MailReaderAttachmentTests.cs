using System.Globalization;
using System.IO.Compression;
using System.Text;
using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

public sealed class MailReaderAttachmentTests
{
    private readonly MailReader reader = new();

    [Fact]
    public void Regular_attachments_keep_names_types_and_bytes()
    {
        var loa = MessageBuilder.FakePdf("loa");
        var read = ReadMixed(
            MessageBuilder.Attachment("LOA signée.pdf", "application/pdf", loa),
            MessageBuilder.Attachment("Bill_Nov2026.tif", "image/tiff", [0x49, 0x49, 0x2A, 0x00]));

        Assert.Equal(["LOA signée.pdf", "Bill_Nov2026.tif"], read.Attachments.Select(a => a.FileName));
        Assert.Equal(loa, read.Attachments[0].Content);
        Assert.Equal("application/pdf", read.Attachments[0].ContentType);
        Assert.Equal("image/tiff", read.Attachments[1].ContentType);
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Parts_without_file_name_get_one_from_the_content_type()
    {
        var read = ReadMixed(
            MessageBuilder.Attachment("CSR.pdf", "application/pdf", MessageBuilder.FakePdf("csr")),
            MessageBuilder.Attachment(null, "application/pdf", MessageBuilder.FakePdf("bill")));

        Assert.Equal(["CSR.pdf", "attachment-2.pdf"], read.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Generic_content_type_is_replaced_by_the_extensions_type()
    {
        var read = ReadMixed(MessageBuilder.Attachment("scan0001.pdf", "application/octet-stream", MessageBuilder.FakePdf("x")));

        Assert.Equal("application/pdf", Assert.Single(read.Attachments).ContentType);
    }

    [Fact]
    public void Folder_parts_of_a_file_name_are_dropped()
    {
        var read = ReadMixed(MessageBuilder.Attachment(@"C:\Users\me\Documents\LOA.pdf", "application/pdf", MessageBuilder.FakePdf("x")));

        Assert.Equal("LOA.pdf", Assert.Single(read.Attachments).FileName);
    }

    [Fact]
    public void Signatures_and_empty_parts_are_not_attachments()
    {
        var read = ReadMixed(
            MessageBuilder.Attachment("smime.p7s", "application/pkcs7-signature", [1, 2, 3]),
            MessageBuilder.Attachment("empty.pdf", "application/pdf", []));

        Assert.Empty(read.Attachments);
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Named_csv_sent_as_text_plain_is_an_attachment_not_body_text()
    {
        var csv = MessageBuilder.Text("plain", "number\n4165550100\n");
        csv.FileName = "numbers.csv";
        var read = ReadMixed(csv);

        Assert.Equal("Body text", read.FreshText);
        Assert.Equal("numbers.csv", Assert.Single(read.Attachments).FileName);
    }

    [Fact]
    public void Oversized_attachment_is_unreadable_without_being_kept()
    {
        var limited = new MailReader(MailReadLimits.Default with { MaxAttachmentBytes = 1000 });
        var message = MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Mixed(
            MessageBuilder.Text("plain", "Body text"),
            MessageBuilder.Attachment("huge.pdf", "application/pdf", new byte[5000]),
            MessageBuilder.Attachment("small.pdf", "application/pdf", MessageBuilder.FakePdf("ok")))));

        var read = limited.Read(message, TestContext.Current.CancellationToken);

        Assert.Equal("small.pdf", Assert.Single(read.Attachments).FileName);
        var problem = Assert.Single(read.UnreadableAttachments);
        Assert.Equal("huge.pdf", problem.FileName);
        Assert.Contains("larger than", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_members_are_listed_by_their_own_names()
    {
        var zip = Zip(archive =>
        {
            AddEntry(archive, "docs/Letter_of_Authorization.pdf", MessageBuilder.FakePdf("loa"));
            AddEntry(archive, "docs/Customer Service Record.pdf", MessageBuilder.FakePdf("csr"));
            archive.CreateEntry("docs/");
            AddEntry(archive, "__MACOSX/docs/._Letter_of_Authorization.pdf", [0, 5, 22, 7]);
        });
        var read = ReadMixed(MessageBuilder.Attachment("port_documents.zip", "application/zip", zip));

        Assert.Equal(["Letter_of_Authorization.pdf", "Customer Service Record.pdf"], read.Attachments.Select(a => a.FileName));
        Assert.All(read.Attachments, a => Assert.Equal("application/pdf", a.ContentType));
        Assert.Equal(MessageBuilder.FakePdf("csr"), read.Attachments[1].Content);
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Zip_is_recognised_by_its_signature_under_a_generic_name()
    {
        var zip = Zip(archive => AddEntry(archive, "LOA.pdf", MessageBuilder.FakePdf("loa")));
        var read = ReadMixed(MessageBuilder.Attachment("documents", "application/octet-stream", zip));

        Assert.Equal("LOA.pdf", Assert.Single(read.Attachments).FileName);
    }

    [Fact]
    public void Spreadsheet_is_not_opened_as_a_zip()
    {
        var xlsx = Zip(archive => AddEntry(archive, "[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")));
        var read = ReadMixed(MessageBuilder.Attachment(
            "numbers_to_port.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));

        var file = Assert.Single(read.Attachments);
        Assert.Equal("numbers_to_port.xlsx", file.FileName);
        Assert.Equal(xlsx, file.Content);
    }

    [Fact]
    public void Nested_zip_is_listed_as_it_is()
    {
        var inner = Zip(archive => AddEntry(archive, "LOA.pdf", MessageBuilder.FakePdf("loa")));
        var outer = Zip(archive =>
        {
            AddEntry(archive, "inner.zip", inner);
            AddEntry(archive, "CSR.pdf", MessageBuilder.FakePdf("csr"));
        });
        var read = ReadMixed(MessageBuilder.Attachment("outer.zip", "application/zip", outer));

        Assert.Equal(["inner.zip", "CSR.pdf"], read.Attachments.Select(a => a.FileName));
        Assert.Equal(inner, read.Attachments[0].Content);
    }

    [Fact]
    public void Zip_bomb_entry_is_unreadable_without_being_expanded()
    {
        // 200 MB of zeros deflate to a few hundred KB: far past the per-entry bound.
        var bomb = Zip(archive =>
        {
            AddEntry(archive, "LOA.pdf", MessageBuilder.FakePdf("loa"));
            var entry = archive.CreateEntry("bill.pdf", CompressionLevel.Fastest);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                stream.Write(zeros);
            }
        });
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the test zip itself should be small, was {bomb.Length} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ReadMixed(MessageBuilder.Attachment("port_documents.zip", "application/zip", bomb));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("LOA.pdf", Assert.Single(read.Attachments).FileName);
        var problem = Assert.Single(read.UnreadableAttachments);
        Assert.Equal("bill.pdf", problem.FileName);
        Assert.Contains("port_documents.zip", problem.Reason, StringComparison.Ordinal);
        Assert.True(allocated < 100L * 1024 * 1024, $"reading the bomb allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void High_compression_ratio_under_the_size_bound_is_still_refused()
    {
        var bomb = Zip(archive =>
        {
            var entry = archive.CreateEntry("statement.pdf", CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(new byte[20 * 1024 * 1024]);
        });
        var read = ReadMixed(MessageBuilder.Attachment("docs.zip", "application/zip", bomb));

        Assert.Empty(read.Attachments);
        var problem = Assert.Single(read.UnreadableAttachments);
        Assert.Equal("statement.pdf", problem.FileName);
        Assert.Contains("zip bomb", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_total_bound_stops_reading_further_members()
    {
        var limited = new MailReader(MailReadLimits.Default with { MaxZipTotalBytes = 3000, MaxZipEntryBytes = 2000 });
        var random = new Random(7);
        byte[] Noise()
        {
            var bytes = new byte[1500];
            random.NextBytes(bytes);
            return bytes;
        }

        var zip = Zip(archive =>
        {
            AddEntry(archive, "a.pdf", Noise());
            AddEntry(archive, "b.pdf", Noise());
            AddEntry(archive, "c.pdf", Noise());
        });
        var message = MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Mixed(
            MessageBuilder.Text("plain", "Body text"), MessageBuilder.Attachment("docs.zip", "application/zip", zip))));

        var read = limited.Read(message, TestContext.Current.CancellationToken);

        Assert.Equal(["a.pdf", "b.pdf"], read.Attachments.Select(a => a.FileName));
        Assert.Equal(["c.pdf"], read.UnreadableAttachments.Select(u => u.FileName));
        Assert.Contains("in total", read.UnreadableAttachments[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_zip_entries_make_the_archive_unreadable()
    {
        var zip = Zip(archive =>
        {
            for (var i = 0; i < 51; i++)
            {
                AddEntry(archive, $"page{i}.pdf", MessageBuilder.FakePdf(i.ToString(CultureInfo.InvariantCulture)));
            }
        });
        var read = ReadMixed(MessageBuilder.Attachment("pages.zip", "application/zip", zip));

        Assert.Empty(read.Attachments);
        var problem = Assert.Single(read.UnreadableAttachments);
        Assert.Equal("pages.zip", problem.FileName);
        Assert.Contains("51 files", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_declaring_thousands_of_entries_is_refused_before_opening()
    {
        var zip = Zip(archive =>
        {
            for (var i = 0; i < 2000; i++)
            {
                archive.CreateEntry($"dir{i}/");
            }
        });
        var read = ReadMixed(MessageBuilder.Attachment("dirs.zip", "application/zip", zip));

        Assert.Empty(read.Attachments);
        Assert.Contains("declares 2000 entries", Assert.Single(read.UnreadableAttachments).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_zip_is_unreadable()
    {
        var zip = Zip(archive => AddEntry(archive, "LOA.pdf", MessageBuilder.FakePdf("loa")));
        var truncated = zip[..(zip.Length / 2)];
        var read = ReadMixed(MessageBuilder.Attachment("port_documents.zip", "application/zip", truncated));

        Assert.Empty(read.Attachments);
        var problem = Assert.Single(read.UnreadableAttachments);
        Assert.Equal("port_documents.zip", problem.FileName);
        Assert.Contains("corrupt zip", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_with_damaged_entry_data_reports_that_entry()
    {
        var random = new Random(3);
        var payload = new byte[4000];
        random.NextBytes(payload);
        var zip = Zip(archive =>
        {
            AddEntry(archive, "LOA.pdf", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("%PDF text ", 400))));
            AddEntry(archive, "CSR.pdf", payload);
        });

        // Scramble the first entry's compressed bytes (after its 30-byte header and name), keep the directory.
        for (var i = 30 + "LOA.pdf".Length; i < 30 + "LOA.pdf".Length + 40; i++)
        {
            zip[i] ^= 0x5A;
        }

        var read = ReadMixed(MessageBuilder.Attachment("docs.zip", "application/zip", zip));

        Assert.Contains(read.Attachments, a => a.FileName == "CSR.pdf");
        Assert.DoesNotContain(read.Attachments, a => a.FileName == "LOA.pdf");
        Assert.Contains(read.UnreadableAttachments, u => u.FileName == "LOA.pdf" && u.Reason.Contains("docs.zip", StringComparison.Ordinal));
    }

    [Fact]
    public void Tnef_attachments_are_extracted()
    {
        var tnef = TnefSample("mimekit-two-files.winmail.dat");
        var read = ReadMixed(MessageBuilder.Attachment("winmail.dat", "application/ms-tnef", tnef));

        Assert.Equal(["AUTHORS", "README"], read.Attachments.Select(a => a.FileName));
        Assert.All(read.Attachments, a => Assert.NotEmpty(a.Content));
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Tnef_html_body_is_read_as_text()
    {
        var tnef = TnefSample("mimekit-body.winmail.dat");
        var read = ReadMixed(MessageBuilder.Attachment("winmail.dat", "application/ms-tnef", tnef));

        Assert.Contains("THE BILL OF RIGHTS", read.FreshText, StringComparison.Ordinal);
        Assert.Contains("Amendments 1-10", read.FreshText, StringComparison.Ordinal);
        Assert.DoesNotContain("<DIV>", read.FullText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("rtf1", read.FullText, StringComparison.Ordinal);
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Winmail_dat_under_generic_type_is_still_unpacked()
    {
        var tnef = TnefSample("mimekit-two-files.winmail.dat");
        var read = ReadMixed(MessageBuilder.Attachment("winmail.dat", "application/octet-stream", tnef));

        Assert.Equal(["AUTHORS", "README"], read.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Corrupt_tnef_is_unreadable()
    {
        var read = ReadMixed(MessageBuilder.Attachment("winmail.dat", "application/ms-tnef", Encoding.ASCII.GetBytes("not a tnef stream at all")));

        Assert.Empty(read.Attachments);
        Assert.Equal("winmail.dat", Assert.Single(read.UnreadableAttachments).FileName);
    }

    [Fact]
    public void File_named_winmail_dat_that_is_not_tnef_is_an_ordinary_attachment()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
        var read = ReadMixed(MessageBuilder.Attachment("winmail.dat", "application/octet-stream", png));

        Assert.Equal(png, Assert.Single(read.Attachments).Content);
        Assert.Empty(read.UnreadableAttachments);
    }

    /// <summary>A real winmail.dat from MimeKit's test suite (TestData/Tnef).</summary>
    private static byte[] TnefSample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Tnef", name));

    private ReceivedMessage ReadMixed(params MimeEntity[] attachments)
    {
        var message = MessageBuilder.WithBody(MessageBuilder.Mixed([MessageBuilder.Text("plain", "Body text"), .. attachments]));
        return reader.Read(MessageBuilder.RoundTrip(message), TestContext.Current.CancellationToken);
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return stream.ToArray();
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}

namespace PortMailBot.Daemon.Storage;

/// <summary>Folders and files holding personal data (the database, raw mail, replies) are made readable by
/// the owner only: 0700 folders, 0600 files. The mode is given at creation, so it does not depend on the umask.
/// On Windows the folder's inherited ACL applies and these are plain creates.</summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) as 0700. An existing folder is left as it is:
    /// it may be one the operator chose and shares (the working folder), not ours to tighten.</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, FolderMode);
    }

    /// <summary>Creates the folder as 0700, and tightens it to 0700 when it exists already: for folders
    /// only the daemon uses (processed mail, the outbox), which earlier versions created world-readable.</summary>
    public static void CreateOwnFolder(string folder)
    {
        CreateFolder(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, FolderMode);
        }
    }

    /// <summary>A new file for writing, created 0600 (replacing any file of that name).</summary>
    public static FileStream CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }

    /// <summary>Makes an existing file 0600 (a file that came from elsewhere, or created before this rule).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>Creates the file empty as 0600 if missing, so a program that then opens it (SQLite) keeps that mode;
    /// an existing file is tightened to 0600.</summary>
    public static void EnsureFile(string path)
    {
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.Write, Share = FileShare.ReadWrite };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            using (new FileStream(path, options))
            {
            }
        }

        Restrict(path);
    }
}

# PortMailBot: the worker image. Build:  docker build -t portmailbot .
# Run (local mail folders under the volume):  docker run -v portmailbot-data:/data portmailbot
# Run against a mailbox: pass PORTMAILBOT__Imap__Host, PORTMAILBOT__Imap__Username, ... (see appsettings.json).

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
# The image's architecture (amd64, arm64), set by BuildKit: the assemblies are compiled ahead of time for it.
ARG TARGETARCH
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PortMailBot/PortMailBot.csproj src/PortMailBot/
COPY src/PortMailBot.Intake/PortMailBot.Intake.csproj src/PortMailBot.Intake/
COPY src/PortMailBot.Ocr/PortMailBot.Ocr.csproj src/PortMailBot.Ocr/
COPY src/PortMailBot.Daemon/PortMailBot.Daemon.csproj src/PortMailBot.Daemon/
COPY src/PortMailBot.Web/PortMailBot.Web.csproj src/PortMailBot.Web/
RUN dotnet restore src/PortMailBot/PortMailBot.csproj -a $TARGETARCH -p:PublishReadyToRun=true
COPY src/ src/
COPY templates/ templates/
COPY examples/ examples/
COPY appsettings.json ./
# ReadyToRun: a check run lasts seconds, and without it the JIT compiles every method the run touches
# (about 0.7 s of CPU per process on text-only messages; docs/benchmarks.md).
RUN dotnet publish src/PortMailBot/PortMailBot.csproj -c Release --no-restore -a $TARGETARCH --self-contained false -p:PublishReadyToRun=true -o /app

# The ASP.NET Core runtime: the operator console is served by the daemon's own host.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# Tesseract and Leptonica, called through P/Invoke (libtesseract.so.5, liblept.so.5), with the
# English and French models; ICU for culture-aware text.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libtesseract5 liblept5 tesseract-ocr-eng tesseract-ocr-fra poppler-utils libicu74 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
ENV DOTNET_gcServer=0 \
    PORTMAILBOT__Storage__ConnectionString="Data Source=/data/portmailbot.db" \
    PORTMAILBOT__Storage__HealthFile=/data/health \
    PORTMAILBOT__Mail__LocalFolder=/data/mail \
    PORTMAILBOT__Web__Urls=http://0.0.0.0:8080 \
    PORTMAILBOT__Web__KeysFolder=/data/web-keys \
    PORTMAILBOT__Web__TrustForwardedHeaders=true
# The operator console (docs/web.md): put a TLS proxy in front of this port; it refuses pages over plain HTTP.
EXPOSE 8080
VOLUME /data
WORKDIR /data
USER app
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s CMD ["dotnet", "/app/PortMailBot.dll", "health"]
ENTRYPOINT ["dotnet", "/app/PortMailBot.dll"]
CMD ["run"]

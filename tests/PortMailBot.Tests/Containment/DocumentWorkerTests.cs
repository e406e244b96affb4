using PortMailBot.Containment;

namespace PortMailBot.Tests.Containment;

public sealed class DocumentWorkerTests
{
    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "1")]
    [InlineData(2, "2")]
    [InlineData(4, "4")]
    public void The_worker_gets_one_glibc_heap_per_engine(int engines, string heaps) =>
        Assert.Equal(heaps, DocumentWorker.MallocHeaps(engines));
}

using PortMailBot.Containment;

namespace PortMailBot.Tests.Containment;

public sealed class DocumentWorkerTests
{
    [Theory]
    [InlineData(1, "1")]
    [InlineData(2, "1")]
    [InlineData(3, "2")]
    [InlineData(4, "2")]
    public void The_worker_gets_one_glibc_heap_per_two_engines(int engines, string heaps) =>
        Assert.Equal(heaps, DocumentWorker.MallocHeaps(engines));
}

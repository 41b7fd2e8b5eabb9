using Marsad.Pipeline;

namespace Marsad.Core.Tests.Pipeline;

public class ParallelInOrderTests
{
    [Fact]
    public void Results_come_in_input_order_though_later_items_finish_first()
    {
        // Even items take longer, so the workers finish out of order.
        var results = ParallelInOrder.Map(Enumerable.Range(0, 200), i =>
        {
            Thread.SpinWait(i % 2 == 0 ? 20_000 : 10);
            return i * 10;
        }, threads: 4, ahead: 16).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 10), results);
    }

    [Fact]
    public void The_workers_never_read_more_than_the_bound_ahead_of_the_consumer()
    {
        const int ahead = 8;
        const int threads = 3;
        var read = 0;
        var input = Enumerable.Range(0, 100).Select(i =>
        {
            Interlocked.Increment(ref read);
            return i;
        });
        var consumed = 0;
        var mostAhead = 0;
        foreach (var _ in ParallelInOrder.Map(input, i => i, threads, ahead))
        {
            consumed++;
            Thread.Sleep(1); // a slow consumer: the workers would run far ahead if nothing held them
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref read) - consumed);
        }

        Assert.Equal(100, consumed);
        Assert.InRange(mostAhead, 1, ahead);
    }

    [Fact]
    public void A_failure_is_thrown_as_itself_after_the_results_before_it()
    {
        var taken = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in ParallelInOrder.Map(Enumerable.Range(0, 50), i => i == 30 ? throw new InvalidOperationException("item 30") : i,
                threads: 1, ahead: 4))
            {
                taken.Add(result);
            }
        });

        Assert.Equal("item 30", error.Message);
        Assert.Equal(Enumerable.Range(0, 30), taken);
    }

    [Fact]
    public void An_early_stop_stops_the_workers_and_disposes_the_input()
    {
        var input = new CountingInput(1_000);
        var first = ParallelInOrder.Map(input, i => i, threads: 2, ahead: 4).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);
        Assert.True(input.Disposed);
        Assert.InRange(input.Read, 3, 3 + 4 + 2);
    }

    [Fact]
    public void Cancelling_stops_a_consumer_that_is_waiting()
    {
        using var cancellation = new CancellationTokenSource();
        var blocked = new ManualResetEventSlim();
        var results = ParallelInOrder.Map(Enumerable.Range(0, 10), i =>
        {
            if (i == 1)
            {
                blocked.Wait(TimeSpan.FromSeconds(10));
            }
            return i;
        }, threads: 1, ahead: 4, cancellation.Token);

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var result in results)
            {
                cancellation.Cancel();
                // Item 1 is then still being mapped; let it finish soon so the stop does not wait long for its worker.
                _ = Task.Delay(100).ContinueWith(_ => blocked.Set(), TaskScheduler.Default);
            }
        });
    }

    /// <summary>An input that counts what was read from it and whether it was disposed.</summary>
    private sealed class CountingInput(int count) : IEnumerable<int>
    {
        private int read;

        public int Read => Volatile.Read(ref read);

        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    Interlocked.Increment(ref read);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System.Runtime.ExceptionServices;

namespace Marsad.Pipeline;

/// <summary>
/// Maps a sequence on threads of its own and yields the results in input order, never running more than a bounded
/// number of items ahead of the consumer.
/// </summary>
/// <remarks>
/// Why not PLINQ: its ordered merge buffers thousands of results per worker, so analysis ran 10,000 articles ahead
/// of placement (and of the garbage collector's young generations), and its workers are thread-pool threads, which a
/// producer blocked on them starved: a SaudiNewsNet ingest placed nothing for its first 4 seconds. Here the bound
/// holds, and the thread pool stays free for the writer.
/// </remarks>
internal static class ParallelInOrder
{
    public static IEnumerable<TResult> Map<TItem, TResult>(IEnumerable<TItem> source, Func<TItem, TResult> map, int threads,
        int ahead, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ahead, 1);
        using var run = new Run<TItem, TResult>(source, map, ahead, cancellation);
        run.Start(threads);
        while (run.TryTakeNext(out var result))
        {
            yield return result;
        }
    }

    /// <summary>
    /// One mapping: a ring of <c>ahead</c> result slots, filled by the workers in any order and emptied in input
    /// order; a worker takes a new item only while the ring has room for it.
    /// </summary>
    private sealed class Run<TItem, TResult>(IEnumerable<TItem> source, Func<TItem, TResult> map, int ahead,
        CancellationToken cancellation) : IDisposable
    {
        private readonly object gate = new();
        private readonly TResult[] results = new TResult[ahead];
        private readonly bool[] ready = new bool[ahead];
        private readonly IEnumerator<TItem> items = source.GetEnumerator();
        private readonly List<Thread> workers = [];
        private CancellationTokenRegistration cancelled;
        private long taken;
        private long consumed;
        private bool exhausted;
        private bool stopping;
        private Exception? failure;

        public void Start(int threads)
        {
            cancelled = cancellation.Register(() =>
            {
                lock (gate)
                {
                    Monitor.PulseAll(gate);
                }
            });
            for (var i = 0; i < threads; i++)
            {
                var worker = new Thread(Work) { IsBackground = true, Name = $"marsad worker {i + 1}" };
                workers.Add(worker);
                worker.Start();
            }
        }

        /// <summary>The next result in input order; results ready when a worker fails are handed over before its error.</summary>
        public bool TryTakeNext(out TResult result)
        {
            lock (gate)
            {
                var slot = (int)(consumed % ahead);
                while (!ready[slot] && failure is null && !(exhausted && consumed >= taken) && !cancellation.IsCancellationRequested)
                {
                    Monitor.Wait(gate);
                }
                cancellation.ThrowIfCancellationRequested();
                if (!ready[slot])
                {
                    if (failure is not null)
                    {
                        ExceptionDispatchInfo.Throw(failure);
                    }
                    result = default!;
                    return false;
                }
                result = results[slot];
                (results[slot], ready[slot]) = (default!, false);
                consumed++;
                Monitor.PulseAll(gate);
                return true;
            }
        }

        private void Work()
        {
            try
            {
                while (TryTakeItem(out var item, out var index))
                {
                    var result = map(item);
                    lock (gate)
                    {
                        var slot = (int)(index % ahead);
                        (results[slot], ready[slot]) = (result, true);
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception error)
            {
                lock (gate)
                {
                    failure ??= error;
                    stopping = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        /// <summary>The next item and its place in the input, once the ring has room for its result.</summary>
        private bool TryTakeItem(out TItem item, out long index)
        {
            // Reading the input under the gate serializes it, as an enumerator needs; a read is short next to a map.
            lock (gate)
            {
                while (!stopping && !exhausted && taken - consumed >= ahead && !cancellation.IsCancellationRequested)
                {
                    Monitor.Wait(gate);
                }
                if (stopping || exhausted || cancellation.IsCancellationRequested || !items.MoveNext())
                {
                    exhausted = true;
                    Monitor.PulseAll(gate);
                    (item, index) = (default!, -1);
                    return false;
                }
                (item, index) = (items.Current, taken++);
                return true;
            }
        }

        /// <summary>Stops the workers (an early break, a failure) and waits for them before the input is disposed.</summary>
        public void Dispose()
        {
            cancelled.Dispose();
            lock (gate)
            {
                stopping = true;
                Monitor.PulseAll(gate);
            }
            foreach (var worker in workers)
            {
                worker.Join();
            }
            items.Dispose();
        }
    }
}

package dev.kakehashi.federation.quote;

import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.service.QuoteService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the QuoteRequests that could not be sent when their quote was published because the quoted
 * post's author was unknown here (a post that reached us through a boost, say): fetches the author,
 * then asks. Bounded: at most {@link #BATCH} quotes a run, each tried for {@link
 * QuoteService#PATIENCE} after it was published, and never again once its request is queued.
 */
@DisallowConcurrentExecution
public final class QuoteRequestRetryJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(QuoteRequestRetryJob.class);
    static final int BATCH = 20;

    private final QuoteService quotes;
    private final RemoteActorService actors;

    public QuoteRequestRetryJob(QuoteService quotes, RemoteActorService actors) {
        this.quotes = quotes;
        this.actors = actors;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runOnce();
    }

    /** @return how many requests were queued */
    public int runOnce() {
        int asked = 0;
        for (QuoteService.Unasked quote : quotes.unasked(BATCH)) {
            if (quote.quotedAuthor() == null) {
                continue;
            }
            try {
                actors.resolve(quote.quotedAuthor());
            } catch (RemoteFetchException e) {
                log.info(
                        "The author of {}, quoted by post {}, is still unknown: {}",
                        quote.quoted(),
                        quote.postId(),
                        e.getMessage());
                continue;
            }
            if (quotes.ask(quote.postId())) {
                asked++;
            }
        }
        return asked;
    }
}

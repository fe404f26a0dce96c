package dev.kakehashi.federation.remote;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a hard limit: past it the subscription is cancelled (closing the
 * connection), so a huge or endless body is never buffered. {@code tooLarge} says it was cut.
 */
record LimitedBody(byte[] bytes, boolean tooLarge) {

    /** A body handler that refuses at once when Content-Length already says the body is too large. */
    static BodySubscriber<LimitedBody> subscriber(ResponseInfo info, long limit) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Subscriber(limit, declared > limit);
    }

    private static final class Subscriber implements BodySubscriber<LimitedBody> {
        private final long limit;
        private final boolean refuseAtOnce;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<LimitedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long limit, boolean refuseAtOnce) {
            this.limit = limit;
            this.refuseAtOnce = refuseAtOnce;
        }

        @Override
        public CompletionStage<LimitedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refuseAtOnce) {
                subscription.cancel();
                result.complete(new LimitedBody(new byte[0], true));
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.complete(new LimitedBody(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new LimitedBody(out.toByteArray(), false));
        }
    }
}

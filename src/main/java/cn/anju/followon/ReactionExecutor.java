package cn.anju.followon;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where after-commit reactions run: a pool of their own, since the engine's job executor is the
 * application's only other executor (Boot then skips its default, and Spring's fallback would start
 * a thread per event). A reaction's exception goes to {@link FailedReactions}.
 */
@Component
class ReactionExecutor implements AsyncConfigurer, AsyncUncaughtExceptionHandler, DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final FailedReactions failures;

    ReactionExecutor(FailedReactions failures, @Value("${anju.follow-on.threads:2}") int threads) {
        this.failures = failures;
        pool.setThreadNamePrefix("reaction-");
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(Integer.MAX_VALUE); // the registry holds every event anyway; never refuse one
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        pool.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return pool;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this;
    }

    @Override
    public void handleUncaughtException(Throwable error, Method method, Object... params) {
        failures.failed(method, params, error);
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}

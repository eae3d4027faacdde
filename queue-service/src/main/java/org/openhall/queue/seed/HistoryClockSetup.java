package org.openhall.queue.seed;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the service's clock (the bean {@code clock}) a {@link HistoryClock} when a newly seeded demo
 * hall is to get a past ({@link DemoHallProperties#playsHistory()}); leaves it as it is otherwise, as
 * in production ({@code openhall.demo.seed=false}) and with {@code openhall.demo.history-days=0}.
 */
@Component
class HistoryClockSetup implements BeanPostProcessor, EnvironmentAware {

    static final String CLOCK = "clock";

    private boolean playsHistory;

    @Override
    public void setEnvironment(Environment environment) {
        // Read from the environment: a post-processor is created before configuration properties beans.
        Binder binder = Binder.get(environment);
        boolean seed = binder.bind("openhall.demo.seed", Boolean.class).orElse(true);
        int days = binder.bind("openhall.demo.history-days", Integer.class).orElse(DemoHallProperties.HISTORY_DAYS);
        playsHistory = seed && days > 0;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (playsHistory && CLOCK.equals(beanName) && bean instanceof Clock clock && !(bean instanceof HistoryClock)) {
            return new HistoryClock(clock);
        }
        return bean;
    }
}

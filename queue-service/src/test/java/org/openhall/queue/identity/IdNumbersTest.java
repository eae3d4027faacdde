package org.openhall.queue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void masksEveryValidIdNumberInAText() {
        assertThat(IdNumbers.maskIn("身份证号11010519491231002X的预约查不到，另一个是11010519491231002x。"))
                .isEqualTo("身份证号1101**********002X的预约查不到，另一个是1101**********002X。");
        assertThat(IdNumbers.maskIn("ID:440306199001011236")).isEqualTo("ID:4403**********1236");
    }

    @Test
    void leavesOtherNumbersAsTheyAre() {
        String text = "电话13800138000，订单110105194912310021（校验位不对），流水号9911010519491231002X12";
        assertThat(IdNumbers.maskIn(text)).isEqualTo(text);
    }
}

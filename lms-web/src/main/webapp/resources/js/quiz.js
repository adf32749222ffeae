// A quiz attempt: the time left counts down from what the server said (the server keeps the real deadline and
// refuses late answers); typed answers are saved a moment after typing stops, not only when the field is left.
(function () {
    'use strict';

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function startTimer() {
        var timer = document.getElementById('attempt:timer');
        if (!timer || timer.dataset.started) {
            return;
        }
        timer.dataset.started = 'true';
        var deadline = Date.now() + Number(timer.dataset.secondsLeft) * 1000;
        var announced = {};
        var announce = document.getElementById('timerAnnouncement');
        function tick() {
            var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            var hours = Math.floor(left / 3600);
            var text = (hours > 0 ? hours + ':' : '') + pad(Math.floor(left % 3600 / 60)) + ':' + pad(left % 60);
            timer.textContent = timer.dataset.label + ' ' + text;
            timer.classList.toggle('quiz-timer-low', left <= 60);
            [300, 60].forEach(function (mark) {
                if (left <= mark && !announced[mark] && announce) {
                    announced[mark] = true;
                    announce.textContent = timer.dataset.warning.replace('{0}', String(Math.ceil(left / 60)));
                }
            });
            if (left === 0) {
                var button = document.getElementById('attempt:timeUp');
                if (button && document.body.contains(button)) {
                    button.click();
                }
                return;
            }
            window.setTimeout(tick, 1000);
        }
        tick();
    }

    function autosave(event) {
        var field = event.target;
        if (!field.dataset || !field.dataset.autosave) {
            return;
        }
        window.clearTimeout(field.autosaveTimer);
        field.autosaveTimer = window.setTimeout(function () {
            field.dispatchEvent(new Event('change'));
        }, 1500);
    }

    document.addEventListener('DOMContentLoaded', startTimer);
    document.addEventListener('input', autosave);
})();

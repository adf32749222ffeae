// The lesson player's video and audio: counts the seconds actually played (seeking past a part does not count it),
// keeps them in the browser between visits, and reports the share watched to the server at each tenth and at the
// class's goal. The server records the report and completes the step when its rule asks for that share.
(function () {
    'use strict';

    function track(box) {
        var media = box.querySelector('video, audio');
        if (!media || media.dataset.tracked) {
            return;
        }
        media.dataset.tracked = 'true';
        var key = 'tvet-lms-played:' + box.dataset.trackKey;
        var goal = Number(box.dataset.goal) || 100;
        var status = box.querySelector('#watched');
        var played = {};
        try {
            (JSON.parse(window.localStorage.getItem(key)) || []).forEach(function (second) {
                played[second] = true;
            });
        } catch (ignored) {
            // storage unavailable or spoilt: count from now
        }
        var last = null;
        var reported = 0;

        function share() {
            var total = Math.ceil(media.duration);
            if (!total || !isFinite(total)) {
                return 0;
            }
            return Math.min(100, Math.floor(Object.keys(played).length * 100 / total));
        }

        function report(force) {
            var percent = share();
            if (status) {
                status.textContent = box.dataset.label.replace('{0}', String(percent));
            }
            var tenth = Math.floor(percent / 10) * 10;
            var reachesGoal = percent >= goal && reported < goal;
            if ((tenth > reported || reachesGoal || force && percent > reported) && typeof window.reportProgress === 'function') {
                reported = reachesGoal ? percent : Math.max(tenth, reported);
                window.reportProgress([{name: 'percent', value: percent}]);
            }
        }

        media.addEventListener('timeupdate', function () {
            var now = media.currentTime;
            // a normal step forward while playing counts; a jump (seeking) only moves the mark
            if (!media.seeking && !media.paused && last !== null && now >= last && now - last < 1.5 * (media.playbackRate || 1)) {
                for (var second = Math.floor(last); second <= Math.floor(now); second++) {
                    played[second] = true;
                }
                try {
                    window.localStorage.setItem(key, JSON.stringify(Object.keys(played)));
                } catch (ignored) {
                    // full or private storage: the server still has the reports
                }
                report(false);
            }
            last = now;
        });
        media.addEventListener('seeking', function () {
            last = null;
        });
        media.addEventListener('ended', function () {
            report(true);
        });
        media.addEventListener('loadedmetadata', function () {
            if (status && share() > 0) {
                status.textContent = box.dataset.label.replace('{0}', String(share()));
            }
        });
    }

    function start() {
        document.querySelectorAll('.media-track').forEach(track);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
